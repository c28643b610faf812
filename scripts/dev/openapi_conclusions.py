# The conclusion, document and task operations (C7, C8, issue 3) of the OpenAPI document;
# called by openapi.py with its globals (helpers and the schemas/paths dicts).
def add_conclusions(g):
    obj, arr, S, op, resp, errs, body, q, pid = (g[k] for k in ("obj", "arr", "S", "op", "resp", "errs", "body", "q", "pid"))
    st, it, bo, date, ndate, inst, nint = (g[k] for k in ("st", "it", "bo", "date", "ndate", "inst", "nint"))
    STAFF, schemas, paths = g["STAFF"], g["schemas"], g["paths"]
    nst = {"type": "string", "nullable": True}
    binary = {"schema": {"type": "string", "format": "binary"}}
    docx_pdf = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": binary, "application/pdf": binary}
    status = {"type": "string", "enum": ["not_started", "in_progress", "done_on_time", "done_late", "overdue"]}
    kind = {"type": "string", "enum": ["date", "recurring", "ongoing", "none"]}
    party = obj({"agency_id": nint, "name": st})
    schemas["Deadline"] = obj({"kind": kind, "date": ndate, "month": it, "day": it, "text": st})
    schemas["StatusCounts"] = obj({k: it for k in ("not_started", "in_progress", "done_on_time", "done_late", "overdue", "total")})
    schemas["Document"] = obj({"id": it, "unit_id": it, "dialogue_id": nint, "relays_id": nint,
        "origin": {"type": "string", "enum": ["generated", "imported"]}, "kind": {"type": "string", "enum": ["conclusion", "relay", "imported"]},
        "type_code": st, "type_name": st, "number": nint, "number_symbol": st, "issuer": st, "parent_issuer": st, "place": st,
        "issued_on": ndate, "summary": st, "signer": st, "cites": arr(st), "created_at": inst})
    schemas["Task"] = obj({"id": it, "document_id": it, "parent_id": nint, "carried_from_id": nint, "unit_id": it, "lead": party,
        "coordinating": arr(party), "content": st, "deadline": S("Deadline"), "due_on": ndate, "source": st, "issue_ids": arr(it),
        "status": status, "status_label": st, "percent": it, "reports": it})
    schemas["TaskNode"] = {"allOf": [S("Task"), obj({"subtree": S("StatusCounts")})]}
    schemas["Evidence"] = obj({"id": it, "report_id": it, "file_name": st, "content_type": st, "size": it, "sha256": st, "uploaded_at": inst})
    schemas["TaskReport"] = obj({"id": it, "task_id": it, "on": date, "percent": it, "done": bo, "text": st, "agency_id": nint, "user_id": it,
        "created_at": inst, "evidence": arr(S("Evidence"))})
    schemas["IssuedDocument"] = obj({"document": S("Document"), "tasks": arr(S("Task"))})
    # The parser's JSON (docs/conclusions.md): unknown fields are null or empty, never guessed.
    parsed_deadline = obj({"kind": kind, "date": ndate, "text": nst})
    schemas["ParsedDocument"] = obj({"type": nst, "type_code": nst, "number": nst, "symbol": nst, "number_symbol": nst, "issuer": nst,
        "parent_issuer": nst, "place": nst, "date": ndate, "summary": nst,
        "bases": arr(obj({"marker": st, "type": nst, "number_symbol": nst, "date": ndate, "issuer": nst, "summary": nst})),
        "recipients": obj({"addressed": arr(st), "copies": arr(st)}),
        "signer": obj({"authority": nst, "position": nst, "name": nst}),
        "tasks": arr(obj({"lead": nst, "coordinating": arr(st), "content": st, "deadline": parsed_deadline}))},
        required=["type", "type_code", "number", "symbol", "number_symbol", "issuer", "date", "summary", "bases", "recipients", "signer", "tasks"])
    schemas["DocumentDetail"] = {"allOf": [S("Document"), obj({"tasks": arr(S("Task")), "relays": dict(schemas["Document"], nullable=True),
        "relayed_by": arr(S("Document")), "cited": arr(S("Document")), "formats": arr(st), "content": {"type": "object"}})]}
    schemas["TaskDetail"] = {"allOf": [S("TaskNode"), obj({"document": S("Document"), "ancestors": arr(S("TaskNode")), "children": arr(S("TaskNode")),
        "report_list": arr(S("TaskReport")), "issues": arr(obj({"id": it, "title": st})), "can_report": bo, "can_split": bo})]}
    schemas["TaskBoard"] = obj({"unit": obj({"id": it, "name": st}, nullable=True), "total": S("StatusCounts"),
        "children": arr(obj({"unit": obj({"id": it, "name": st}), "counts": S("StatusCounts")})),
        "late": arr(S("TaskNode")), "mine": arr(S("TaskNode")),
        "notifications": arr(obj({"id": it, "kind": {"type": "string", "enum": ["reminder", "overdue"]}, "task_id": it, "due_on": date,
                                  "title": st, "body": st, "created_at": inst}))})
    schemas["CarryOver"] = obj({"previous": obj({"id": it, "title": st, "year": it}, nullable=True), "open_tasks": arr(S("TaskNode")),
        "unanswered": arr(obj({"id": it, "title": st}))})
    deadline_in = obj({"kind": kind, "date": date, "month": it, "day": it, "text": st}, ["kind"])
    rid = [pid]
    fmt = {"name": "format", "in": "path", "required": True, "schema": {"type": "string", "enum": ["docx", "pdf", "txt"]}}
    paths.update({
     "/api/dialogues/{id}/conclusion": {"post": op("The leader issues the dialogue's conclusion notice: numbered, stored as DOCX and PDF, one task per assignment; the conclusion clock stops. Once per dialogue",
          {**resp(201, S("IssuedDocument")), **errs(400, *STAFF, 404, 409, 422)}, "conclusions", rid,
          req=body({"signer_name": st, "issued_on": date}, ["signer_name"]))},
     "/api/dialogues/{id}/conclusion/{format}": {"get": op("The issued conclusion notice (public once issued, Youth Law Art. 10(3))",
          {"200": {"description": "The file", "content": docx_pdf}, **errs(404)}, "public",
          [pid, dict(fmt, schema={"type": "string", "enum": ["docx", "pdf"]})], security=False)},
     "/api/dialogues/{id}/carry-over": {"get": op("What carries over from the unit's previous dialogue: unfinished tasks and unanswered issues",
          {**resp(200, S("CarryOver")), **errs(*STAFF, 404)}, "tasks", rid)},
     "/api/documents": {
       "get": op("Documents the caller may read, newest first", {**resp(200, obj({"items": arr(S("Document"))})), **errs(400, *STAFF)}, "documents",
                 [q("dialogue_id", it), q("limit", it), q("offset", it)]),
       "post": op("Record a document imported from text, as confirmed by a person, with its tasks (all or nothing)",
                  {**resp(201, S("IssuedDocument")), **errs(400, *STAFF, 409, 413, 422)}, "documents",
                  req=body({"unit_id": it, "type_code": st, "number": it, "symbol": st, "issuer": st, "parent_issuer": st, "place": st,
                            "issued_on": date, "summary": st, "signer": st, "cites": arr(st), "relays_document_id": it, "source_text": st,
                            "content": {"type": "object"},
                            "tasks": arr(obj({"lead": st, "lead_agency_id": it, "coordinating": arr(obj({"agency_id": it, "name": st}, ["name"])),
                                              "content": st, "deadline": deadline_in, "parent_task_id": it}, ["lead", "content"]))},
                           ["unit_id", "symbol", "issuer", "summary"]))},
     "/api/documents/parse": {"post": op("Parse a document given as plain text (preview to confirm; nothing is stored)",
          {**resp(200, S("ParsedDocument")), **errs(400, *STAFF, 413, 422)}, "documents", req=body({"text": st}, ["text"]))},
     "/api/documents/{id}": {"get": op("A document with its tasks, the document it relays (up) and those relaying it (down)",
          {**resp(200, S("DocumentDetail")), **errs(*STAFF, 404)}, "documents", rid)},
     "/api/documents/{id}/files/{format}": {"get": op("A stored file of the document",
          {"200": {"description": "The file", "content": {**docx_pdf, "text/plain": binary}}, **errs(*STAFF, 404)}, "documents", [pid, fmt])},
     "/api/documents/{id}/tasks.xlsx": {"get": op("The document's tasks with their status and progress today, as the XLSX agencies report on",
          {"200": {"description": "The file", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": binary}}, **errs(*STAFF, 404)}, "documents", rid)},
     "/api/documents/{id}/relay": {"post": op("A lower unit relays the document with its own letter (công văn) assigning its bodies; each item becomes a task under the relayed task",
          {**resp(201, S("IssuedDocument")), **errs(400, *STAFF, 404, 422)}, "documents", rid,
          req=body({"unit_id": it, "issued_on": date, "signer_name": st, "field_code": st, "monitor_agency_id": it,
                    "items": arr(obj({"parent_task_id": it, "lead_agency_id": it, "coordinating_agency_ids": arr(it), "content": st,
                                      "request": bo, "deadline": deadline_in}, ["lead_agency_id", "content"]))},
                   ["unit_id", "signer_name", "field_code", "monitor_agency_id", "items"]))},
     "/api/tasks": {"get": op("Task board: status counts rolled up per child unit, who is late, the caller's agencies' tasks, notifications",
          {**resp(200, S("TaskBoard")), **errs(400, *STAFF, 404)}, "tasks", [q("unit_id", it)])},
     "/api/tasks/{id}": {"get": op("A task with its path from the root, sub-tasks, reports and linked issues",
          {**resp(200, S("TaskDetail")), **errs(*STAFF, 404)}, "tasks", rid)},
     "/api/tasks/{id}/reports": {"post": op("Report progress (percent, text; done marks it finished)",
          {**resp(201, S("TaskReport")), **errs(400, *STAFF, 404, 422)}, "tasks", rid,
          req=body({"percent": it, "done": bo, "text": st}, ["percent", "text"]))},
     "/api/tasks/{id}/subtasks": {"post": op("Split a task: a sub-task for a body of the task's unit or below, due no later than its parent",
          {**resp(201, S("Task")), **errs(400, *STAFF, 404, 422)}, "tasks", rid,
          req=body({"lead_agency_id": it, "coordinating_agency_ids": arr(it), "content": st, "deadline": deadline_in}, ["lead_agency_id", "content"]))},
     "/api/reports/{id}/evidence": {"post": op("Attach an evidence file to a report (raw body; PDF, DOCX, XLSX, JPEG or PNG by content, at most 5 MiB, 10 per report)",
          {**resp(201, S("Evidence")), **errs(400, *STAFF, 404, 413, 422)}, "tasks", [pid, q("file_name", st, True)],
          req={"required": True, "content": {"application/octet-stream": binary}})},
     "/api/evidence/{id}": {"get": op("An evidence file", {"200": {"description": "The file", "content": {"application/octet-stream": binary}}, **errs(*STAFF, 404)}, "tasks", rid)},
     "/api/reminders/run": {"post": op("Create today's reminders and escalations now (the server also runs this hourly); each is sent once",
          {**resp(200, obj({"created": it})), **errs(*STAFF)}, "tasks")},
    })
