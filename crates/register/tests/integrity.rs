//! `verify` fails on a tampered register (an edited row, an edited entry, a removed entry, a cut-off tail)
//! and passes after a backup is restored, with the same head; a tampered backup is refused.

mod common;

use amparo_register::Register;
use amparo_register::backup::{backup, restore};
use amparo_register::verify::verify;
use common::{WARRANT_CONVICTED, action, det, import_lines};

async fn filled(db: &common::TestDb) -> Register {
    let reg = db.create().await;
    let (_, refused) = import_lines(
        &reg,
        &[
            det("D-1", "2025-08-01", "doc", "ice", "P-1", "removal_order", ""),
            det(
                "D-2",
                "2025-08-02",
                "doc",
                "hsi",
                "P-2",
                "removal_order",
                WARRANT_CONVICTED,
            ),
            action("D-1", "2025-08-03", "declined"),
            action("D-2", "2025-08-03", "held_past_release"),
            det("D-3", "2025-08-04", "nypd", "ice", "P-3", "null", ""),
        ],
    )
    .await;
    assert!(refused.is_empty());
    common::assert_verified(&reg).await;
    reg
}

async fn exec(reg: &Register, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(reg.pool())
        .await
        .expect(sql);
}

async fn problems(reg: &Register) -> Vec<String> {
    let v = verify(reg, None).await.unwrap();
    assert!(!v.ok, "verify passed a tampered register");
    v.problems
}

both!(an_edited_row_is_found, |db: common::TestDb| async move {
    let reg = filled(&db).await;
    exec(&reg, "UPDATE requests SET decision = 'honor' WHERE id = 'D-1'").await;
    let p = problems(&reg).await;
    assert!(
        p.iter()
            .any(|p| p.contains("requests: the row of entry 2 differs") && p.contains("decision")),
        "{p:?}"
    );
});

both!(an_edited_entry_is_found, |db: common::TestDb| async move {
    let reg = filled(&db).await;
    exec(&reg, "UPDATE log SET actor = 'someone else' WHERE seq = 4").await;
    let p = problems(&reg).await;
    assert!(
        p.iter().any(|p| p.contains("entry 4: its hash does not match")),
        "{p:?}"
    );
});

both!(
    a_rewritten_body_and_row_together_are_found,
    |db: common::TestDb| async move {
        let reg = filled(&db).await;
        exec(
            &reg,
            "UPDATE log SET body = REPLACE(body, 'declined', 'transferred') WHERE seq = 4",
        )
        .await;
        exec(&reg, "UPDATE actions SET action = 'transferred' WHERE seq = 4").await;
        let p = problems(&reg).await;
        assert!(
            p.iter().any(|p| p.contains("entry 4: its hash does not match")),
            "{p:?}"
        );
    }
);

both!(a_removed_entry_is_found, |db: common::TestDb| async move {
    let reg = filled(&db).await;
    exec(&reg, "DELETE FROM actions WHERE seq = 4").await;
    exec(&reg, "DELETE FROM log WHERE seq = 4").await;
    let p = problems(&reg).await;
    assert!(p.iter().any(|p| p.contains("entries 4–4 are missing")), "{p:?}");
});

both!(a_removed_row_is_found, |db: common::TestDb| async move {
    let reg = filled(&db).await;
    exec(&reg, "DELETE FROM actions WHERE seq = 5").await;
    let p = problems(&reg).await;
    assert!(
        p.iter().any(|p| p.contains("actions: the row of entry 5 is missing")),
        "{p:?}"
    );
});

both!(
    a_cut_off_tail_is_found_and_a_rewritten_chain_by_an_expected_head,
    |db: common::TestDb| async move {
        let reg = filled(&db).await;
        let (seq, hash) = reg.head().await.unwrap();
        exec(&reg, &format!("DELETE FROM requests WHERE seq = {seq}")).await;
        exec(&reg, &format!("DELETE FROM log WHERE seq = {seq}")).await;
        let p = problems(&reg).await;
        assert!(p.iter().any(|p| p.contains("entries removed from the end")), "{p:?}");
        // Someone who also moves the head back passes the inside check, but not a published head.
        exec(
            &reg,
            &format!(
                "UPDATE chain_head SET seq = {}, hash = (SELECT hash FROM log WHERE seq = {})",
                seq - 1,
                seq - 1
            ),
        )
        .await;
        assert!(verify(&reg, None).await.unwrap().ok);
        let v = verify(&reg, Some((seq, &hash))).await.unwrap();
        assert!(!v.ok && v.problems[0].contains("is not in the log"), "{:?}", v.problems);
    }
);

both!(
    a_backup_restores_to_an_identical_verify,
    |db: common::TestDb| async move {
        let reg = filled(&db).await;
        let before = common::assert_verified(&reg).await;
        let mut file = Vec::new();
        let copied = backup(&reg, &mut file).await.unwrap();
        assert_eq!(copied.head_seq, before.head_seq);
        let target = db.sibling().await;
        let restored = restore(&target.url, std::io::Cursor::new(&file)).await.unwrap();
        assert_eq!(
            (restored.head_seq, &restored.head_hash),
            (before.head_seq, &before.head_hash)
        );
        let reg2 = target.open().await;
        let after = common::assert_verified(&reg2).await;
        assert_eq!(
            (after.entries, after.head_seq, after.head_hash),
            (before.entries, before.head_seq, before.head_hash.clone())
        );
        // The restored register goes on: a new entry chains onto the restored head.
        import_lines(&reg2, &[action("D-3", "2025-08-05", "declined")]).await;
        common::assert_verified(&reg2).await;
        // Across backends too: SQLite ⇄ PostgreSQL.
        let other = if db.backend == "sqlite" {
            common::postgres().await
        } else {
            Some(common::sqlite())
        };
        if let Some(other) = other {
            restore(&other.url, std::io::Cursor::new(&file)).await.unwrap();
            let v = common::assert_verified(&other.open().await).await;
            assert_eq!(v.head_hash, before.head_hash);
        }
    }
);

both!(a_tampered_backup_is_refused, |db: common::TestDb| async move {
    let reg = filled(&db).await;
    let mut file = Vec::new();
    backup(&reg, &mut file).await.unwrap();
    let text = String::from_utf8(file)
        .unwrap()
        .replacen("removal_order", "warrant_of_arrest", 1);
    let target = db.sibling().await;
    let err = restore(&target.url, std::io::Cursor::new(text.as_bytes()))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("does not continue the chain"), "{err}");
    // Cut short.
    let mut file = Vec::new();
    backup(&reg, &mut file).await.unwrap();
    let text = String::from_utf8(file).unwrap();
    let last = text.lines().rfind(|l| l.starts_with("{\"entry\"")).unwrap().to_owned();
    let short: Vec<&str> = text.lines().filter(|l| *l != last).collect();
    let target = db.sibling().await;
    let err = restore(&target.url, std::io::Cursor::new(short.join("\n").into_bytes()))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("cut short"), "{err}");
});
