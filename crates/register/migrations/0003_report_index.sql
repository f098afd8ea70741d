-- The register, version 3. Portable SQL, as version 1.
--
-- A report of §§ 9-131(f), 14-154(f) or 9-205(f) reads one agency's requests received up to the end of its
-- period (actions in the period on earlier requests count too): found by agency, then day, instead of by day
-- alone across every agency's requests.
CREATE INDEX requests_agency_day ON requests (agency, received_day);
