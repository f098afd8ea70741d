//! Records on both databases: requests with the engine's decision, actions, refusals with line and field,
//! corrections pointing to the old entry, re-import, verify catching tampering, backup → restore.

mod common;

use common::{WARRANT_CONVICTED, action, det, import_lines};

both!(
    a_detainer_is_recorded_with_the_decision_as_the_engine_wrote_it,
    |db: common::TestDb| async move {
        let reg = db.create().await;
        let (stats, refused) = import_lines(
            &reg,
            &[
                det(
                    "D-1",
                    "2025-08-01T10:00:00-04:00",
                    "doc",
                    "ice",
                    "P-1",
                    "removal_order",
                    WARRANT_CONVICTED,
                ),
                action("D-1", "2025-08-02T09:00", "held_past_release"),
            ],
        )
        .await;
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!((stats.recorded, stats.refused), (2, 0));
        let view = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(view.versions.len(), 1);
        let d = view.versions[0].decision.as_ref().expect("a decision");
        let out: serde_json::Value = serde_json::from_str(d.get()).unwrap();
        assert_eq!(out["decision"], "honor");
        assert_eq!(out["as_of"], "2025-08-01");
        assert!(out["trace"].as_array().unwrap().len() > 3);
        let lv = view.versions[0].law_version.as_ref().unwrap();
        assert_eq!(
            (&lv["id"], &lv["section"]),
            (&"doc-2014".into(), &"nyc-admin-9-131".into())
        );
        // The request's requester went to the engine, and its reading is in the stored trace.
        let requester = |out: &serde_json::Value| {
            let step = out["trace"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["rule"] == "requested_by_federal_immigration_authorities")
                .cloned()
                .expect("the requester step");
            (step["holds"].clone(), step["authority"].clone())
        };
        assert_eq!(requester(&out), (true.into(), "nyc-admin-9-131-a-4".into()));
        let (_, refused) = import_lines(
            &reg,
            &[det(
                "D-2",
                "2026-02-10T10:00:00-05:00",
                "doc",
                "fbi",
                "P-2",
                "removal_order",
                WARRANT_CONVICTED,
            )],
        )
        .await;
        assert!(refused.is_empty(), "{refused:?}");
        let view2 = amparo_register::view::request(&reg, "D-2").await.unwrap();
        let out2: serde_json::Value = serde_json::from_str(view2.versions[0].decision.as_ref().unwrap().get()).unwrap();
        assert_eq!(out2["law_version"], "doc-2026");
        assert_eq!(requester(&out2), (false.into(), "nyc-admin-9-131-a-4-2026".into()));
        assert_eq!(view.actions.len(), 1);
        common::assert_verified(&reg).await;
    }
);

#[cfg(unix)]
#[tokio::test]
async fn the_sqlite_file_is_its_owners_only() {
    use std::os::unix::fs::PermissionsExt;
    let db = common::sqlite();
    db.create().await;
    let path = db.url.strip_prefix("sqlite:").unwrap();
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

both!(
    bad_lines_are_refused_with_line_and_field_and_the_rest_go_on,
    |db: common::TestDb| async move {
        let reg = db.create().await;
        let lines = vec![
            det("D-1", "2025-08-01", "doc", "ice", "P-1", "removal_order", ""),
            r#"{"type":"subpoena","id":"X"}"#.to_owned(),
            action("D-404", "2025-08-02", "declined"),
            action("D-1", "2025-07-30", "declined"),
            det("D-2", "2099-01-01", "doc", "ice", "P-2", "removal_order", ""),
            action("D-1", "2025-08-02", "info_given"),
            action("D-1", "2025-08-03", "declined"),
        ];
        let (stats, refused) = import_lines(&reg, &lines).await;
        assert_eq!((stats.recorded, stats.refused), (2, 5), "{refused:?}");
        let got: Vec<(u64, &str)> = refused.iter().map(|e| (e.line, e.error.field.as_str())).collect();
        assert_eq!(
            got,
            [(2, "type"), (3, "ref"), (4, "at"), (5, "received_at"), (6, "action")]
        );
        assert!(
            refused[2].error.message.contains("before the request"),
            "{}",
            refused[2]
        );
        // Running the same file again records nothing new and refuses the same lines.
        let (again, refused_again) = import_lines(&reg, &lines).await;
        assert_eq!((again.recorded, again.already, again.refused), (0, 2, 5));
        assert_eq!(refused_again.len(), 5);
        common::assert_verified(&reg).await;
    }
);

both!(
    a_changed_line_with_a_known_id_is_refused_not_overwritten,
    |db: common::TestDb| async move {
        let reg = db.create().await;
        import_lines(
            &reg,
            &[det("D-1", "2025-08-01", "doc", "ice", "P-1", "removal_order", "")],
        )
        .await;
        let (stats, refused) = import_lines(
            &reg,
            &[det("D-1", "2025-08-01", "doc", "ice", "P-1", "warrant_of_arrest", "")],
        )
        .await;
        assert_eq!(stats.refused, 1);
        assert_eq!(refused[0].error.field, "id");
        assert!(refused[0].error.message.contains("correction"));
        let view = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(view.versions[0].record["basis"], "removal_order");
    }
);

both!(
    a_correction_is_a_new_entry_pointing_to_the_old,
    |db: common::TestDb| async move {
        let reg = db.create().await;
        import_lines(
            &reg,
            &[
                det("D-1", "2025-08-01", "doc", "ice", "P-1", "removal_order", ""),
                action("D-1", "2025-08-02", "held_past_release"),
            ],
        )
        .await;
        let view = amparo_register::view::request(&reg, "D-1").await.unwrap();
        let first = view.versions[0].seq;
        let act = view.actions[0].seq;
        let corrected = det(
            "D-1",
            "2025-08-01",
            "doc",
            "ice",
            "P-1",
            "warrant_of_arrest",
            WARRANT_CONVICTED,
        );
        let lines = vec![
            format!(r#"{{"type":"correction","ref":"D-1","reason":"basis misread","record":{corrected}}}"#),
            format!(
                r#"{{"type":"correction","ref":"D-1","action_seq":{act},"reason":"was declined","record":{}}}"#,
                action("D-1", "2025-08-02", "declined")
            ),
        ];
        let (stats, refused) = import_lines(&reg, &lines).await;
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!(stats.recorded, 2);
        let view = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(view.versions.len(), 2);
        assert_eq!(view.versions[1].corrects, Some(first));
        assert_eq!(
            view.versions[0].record["basis"], "removal_order",
            "the old entry stays as it was"
        );
        let old: serde_json::Value = serde_json::from_str(view.versions[0].decision.as_ref().unwrap().get()).unwrap();
        let new: serde_json::Value = serde_json::from_str(view.versions[1].decision.as_ref().unwrap().get()).unwrap();
        assert_eq!(
            (old["decision"].as_str(), new["decision"].as_str()),
            (Some("decline"), Some("honor"))
        );
        assert_eq!(view.actions.len(), 2);
        assert_eq!(view.actions[0].corrected_by, Some(view.actions[1].seq));
        // A second correction of the same action entry is refused: correct the correction.
        let (_, refused) = import_lines(
            &reg,
            &[format!(
                r#"{{"type":"correction","ref":"D-1","action_seq":{act},"reason":"again","record":null}}"#
            )],
        )
        .await;
        assert_eq!(refused[0].error.field, "action_seq");
        common::assert_verified(&reg).await;
    }
);

both!(
    a_request_recorded_in_error_is_withdrawn_by_a_new_entry,
    |db: common::TestDb| async move {
        let reg = db.create().await;
        import_lines(
            &reg,
            &[
                det("D-1", "2025-08-01", "doc", "ice", "P-1", "removal_order", ""),
                action("D-1", "2025-08-02", "declined"),
            ],
        )
        .await;
        let before = amparo_register::view::request(&reg, "D-1").await.unwrap();
        let withdraw = r#"{"type":"correction","ref":"D-1","reason":"entered twice","record":null}"#;
        // A withdrawal needs its reason.
        let (_, refused) = import_lines(
            &reg,
            &[r#"{"type":"correction","ref":"D-1","reason":" ","record":null}"#.into()],
        )
        .await;
        assert_eq!(refused[0].error.field, "reason", "{refused:?}");
        let (stats, refused) = import_lines(&reg, &[withdraw.into()]).await;
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!(stats.recorded, 1);
        let view = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(view.versions.len(), 2, "nothing is deleted: the original stays");
        let w = &view.versions[1];
        assert!(w.withdrawn && !view.versions[0].withdrawn);
        assert_eq!(w.corrects, Some(before.versions[0].seq));
        assert_eq!(w.reason.as_deref(), Some("entered twice"));
        assert_eq!(
            w.record, before.versions[0].record,
            "the entry keeps the record it withdraws"
        );
        assert!(
            view.versions[0].decision.is_some(),
            "the engine's decision stays in the log"
        );
        let rows: Vec<(String, Option<i64>)> =
            sqlx::query_as::<_, (String, Option<i64>)>("SELECT id, withdrawn FROM requests ORDER BY seq")
                .fetch_all(reg.pool())
                .await
                .unwrap();
        assert_eq!(rows, vec![("D-1".into(), None), ("D-1".into(), Some(1))]);
        // Withdrawn twice, or acted on after: refused, naming the field.
        let (_, refused) = import_lines(&reg, &[withdraw.into(), action("D-1", "2025-08-03", "transferred")]).await;
        let fields: Vec<&str> = refused.iter().map(|e| e.error.field.as_str()).collect();
        assert_eq!(fields, ["record", "ref"], "{refused:?}");
        assert!(refused[1].error.message.contains("withdrawn"));
        // The same original line again is still recognized (not a new request).
        let (stats, refused) = import_lines(
            &reg,
            &[det("D-1", "2025-08-01", "doc", "ice", "P-1", "removal_order", "")],
        )
        .await;
        assert_eq!((stats.recorded, refused.len()), (0, 0));
        common::assert_verified(&reg).await;
        // A correction of the request reinstates it, with a fresh decision.
        let corrected = det("D-1", "2025-08-01", "doc", "ice", "P-1", "warrant_of_arrest", "");
        let (_, refused) = import_lines(
            &reg,
            &[
                format!(
                    r#"{{"type":"correction","ref":"D-1","reason":"it was lodged after all","record":{corrected}}}"#
                ),
                action("D-1", "2025-08-03", "transferred"),
            ],
        )
        .await;
        assert!(refused.is_empty(), "{refused:?}");
        let view = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(view.versions.len(), 3);
        assert!(!view.versions[2].withdrawn && view.versions[2].decision.is_some());
        assert_eq!(view.versions[2].corrects, Some(w.seq));
        assert_eq!(view.actions.len(), 2);
        // Tampering with the withdrawal (un-withdrawing its row) is caught.
        sqlx::query("UPDATE requests SET withdrawn = NULL WHERE seq = $1")
            .bind(w.seq)
            .execute(reg.pool())
            .await
            .unwrap();
        let v = amparo_register::verify::verify(&reg, None).await.unwrap();
        assert!(!v.ok, "an edited withdrawal must fail verify");
    }
);
