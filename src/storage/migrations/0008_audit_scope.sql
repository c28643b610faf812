-- Issue 10: the audit log is read per subtree and role (domain/access/audit_access.h). Each
-- entry carries the unit it concerns (app/audit_trail.cc: AuditUnitOf) and the area of its
-- action (domain/audit/audit.cc: AreaOfAction). Older entries are backfilled the same way
-- where the records still say it; an account's entry gets its grants' unit when they all lie
-- in one unit (otherwise none: read at national level only).
ALTER TABLE audit_log ADD COLUMN unit_id INTEGER REFERENCES units(id);
ALTER TABLE audit_log ADD COLUMN area TEXT NOT NULL DEFAULT 'handling'
  CHECK (area IN ('administration', 'planning', 'handling'));

UPDATE audit_log SET area = 'administration'
 WHERE action LIKE 'user.%' OR action LIKE 'unit.%' OR action LIKE 'units.%'
    OR action LIKE 'agency.%';
UPDATE audit_log SET area = 'planning'
 WHERE action IN ('dialogue.created', 'dialogue.updated', 'routing_table.updated')
    OR action LIKE 'milestone.%';

UPDATE audit_log SET unit_id = CASE entity
  WHEN 'unit' THEN (SELECT id FROM units WHERE id = audit_log.entity_id)
  WHEN 'agency' THEN (SELECT unit_id FROM agencies WHERE id = audit_log.entity_id)
  WHEN 'dialogue' THEN (SELECT unit_id FROM dialogues WHERE id = audit_log.entity_id)
  WHEN 'milestone' THEN
    (SELECT d.unit_id FROM milestones m JOIN dialogues d ON d.id = m.dialogue_id
      WHERE m.id = audit_log.entity_id)
  WHEN 'import_batch' THEN
    (SELECT d.unit_id FROM import_batches b JOIN dialogues d ON d.id = b.dialogue_id
      WHERE b.id = audit_log.entity_id)
  WHEN 'question' THEN
    (SELECT d.unit_id FROM questions q JOIN dialogues d ON d.id = q.dialogue_id
      WHERE q.id = audit_log.entity_id)
  WHEN 'issue' THEN
    (SELECT d.unit_id FROM issues i JOIN dialogues d ON d.id = i.dialogue_id
      WHERE i.id = audit_log.entity_id)
  WHEN 'answer' THEN
    (SELECT d.unit_id FROM issues i JOIN dialogues d ON d.id = i.dialogue_id
      WHERE i.id = audit_log.entity_id)
  WHEN 'task' THEN (SELECT unit_id FROM tasks WHERE id = audit_log.entity_id)
  WHEN 'document' THEN (SELECT unit_id FROM documents WHERE id = audit_log.entity_id)
  WHEN 'indicator_programme' THEN
    (SELECT unit_id FROM indicator_programmes WHERE id = audit_log.entity_id)
  WHEN 'indicator' THEN
    (SELECT p.unit_id FROM indicators i JOIN indicator_programmes p ON p.id = i.programme_id
      WHERE i.id = audit_log.entity_id)
  WHEN 'indicator_round' THEN
    (SELECT p.unit_id FROM reporting_rounds r JOIN indicator_programmes p ON p.id = r.programme_id
      WHERE r.id = audit_log.entity_id)
  WHEN 'user' THEN
    (SELECT min(unit_id) FROM role_grants WHERE user_id = audit_log.entity_id
      HAVING count(DISTINCT unit_id) = 1)
END;

CREATE INDEX audit_by_unit ON audit_log(unit_id, id);
