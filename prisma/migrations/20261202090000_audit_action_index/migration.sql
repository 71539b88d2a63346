-- The admins' page of deleted articles reads one kind of audit row, newest
-- first (issue 14, ADR 0031): without this it would sort the whole log.
-- CreateIndex
CREATE INDEX "AuditEvent_action_at_id_idx" ON "AuditEvent"("action", "at", "id");
