import json
S = lambda name: {"$ref": f"#/components/schemas/{name}"}
def obj(props, required=None, nullable=False):
    o = {"type": "object", "properties": props, "required": required if required is not None else list(props.keys())}
    if nullable: o["nullable"] = True
    return o
st = {"type": "string"}; it = {"type": "integer"}; bo = {"type": "boolean"}
date = {"type": "string", "format": "date"}; ndate = {"type": "string", "format": "date", "nullable": True}
inst = {"type": "string", "format": "date-time"}; ninst = {"type": "string", "format": "date-time", "nullable": True}
nint = {"type": "integer", "nullable": True}
ref = obj({"id": it, "name": st})
nref = dict(ref, nullable=True)
def arr(x): return {"type": "array", "items": x}
def lst(x): return obj({"items": arr(x), "total": it})
schemas = {
 "Error": obj({"error": obj({"code": {"type": "string", "enum": ["invalid","not_found","conflict","unauthenticated","forbidden","too_large","rate_limited","unavailable","internal"]}, "message": st, "fields": arr(obj({"field": st, "reason": st}))})}),
 "Ref": ref,
 "Unit": obj({"id": it, "code": st, "name": st, "kind": st, "level": {"type": "string", "enum": ["nation","province","commune","residential_group"]}, "parent_id": nint}),
 "Agency": obj({"id": it, "unit_id": it, "code": st, "name": st, "active": bo}),
 "DialogueSummary": obj({"id": it, "title": st, "theme": st, "year": it, "held_on": date, "unit": ref, "form": {"type": "string", "enum": ["direct","online","hybrid"]}, "venue": st}),
 "Clock": obj({"key": st, "title": st, "rule": st, "due_on": date, "done_on": ndate, "state": {"type": "string", "enum": ["upcoming","due_soon","done","done_late","late"]}}),
 "Milestone": obj({"id": it, "title": st, "due_on": date, "done_on": ndate, "agency": nref}),
 "DialogueCreated": obj({"id": it, "title": st, "held_on": date}),
 "Submitted": obj({"tracking_code": {"type": "string", "pattern": "^DT\\.[0-9]{8}\\.[0-9]{4,}$"}, "status": st, "status_label": st, "submitted_at": inst}),
 "Tracking": obj({"tracking_code": st, "text": st, "submitted_at": inst, "status": {"type": "string", "enum": ["received","processing","answered","duplicate","out_of_scope"]}, "status_label": st, "dialogue": obj({"id": it, "title": st}), "answer": obj({"body": st, "agency": nref, "published_at": ninst}, nullable=True)}),
 "PublishedAnswer": obj({"issue_id": it, "title": st, "agency": nref, "body": st, "timing": st, "published_at": ninst, "question_count": it, "questions": arr(obj({"text": st}))}),
 "StaffQuestion": obj({"id": it, "tracking_code": st, "text": st, "age": nint, "asker_name": st, "asker_contact": st, "channel": {"type": "string", "enum": ["web","import","live"]}, "branch": st, "represents": it, "submitted_at": inst, "screening": {"type": "string", "enum": ["new","accepted","duplicate","out_of_scope"]}, "screening_note": st, "duplicate_of": nint, "issue_id": nint}),
 "Answer": obj({"body": st, "timing": {"type": "string", "enum": ["written","on_the_spot","after"]}, "status": {"type": "string", "enum": ["draft","submitted","approved","returned"]}, "return_reason": st, "submitted_at": ninst, "decided_at": ninst, "published_at": ninst}),
 "IssueRef": obj({"id": it, "dialogue_id": it, "title": st}),
 "Me": obj({"user": obj({"id": it, "username": st, "display_name": st}), "csrf_token": st, "grants": arr(obj({"role": st, "unit": ref, "agency": nref}))}),
 "User": obj({"id": it, "username": st, "display_name": st, "active": bo, "created_at": inst, "grants": arr(obj({"role": st, "unit_id": it, "agency_id": nint}))}),
 "AuditEntry": obj({"id": it, "at": inst, "user_id": nint, "action": st, "entity": st, "entity_id": it, "before": {}, "after": {}}, required=["id","at","user_id","action","entity","entity_id"]),
}
schemas["SearchPage"] = obj({"items": arr(obj({"kind": {"type": "string", "enum": ["answer", "question"]}, "id": it, "dialogue_id": it, "title": st, "snippet": st, "score": {"type": "number"}})), "total": it, "relaxed": bo})
schemas["DialogueDetail"] = {"allOf": [S("DialogueSummary"), obj({"summary": st, "chair": st, "intake_open": bo, "complex": bo, "plan_published_on": ndate, "conclusion_issued_on": ndate, "clocks": arr(S("Clock")), "milestones": arr(S("Milestone")), "stats": obj({"questions": it, "published_answers": it})})]}
schemas["Issue"] = obj({"id": it, "dialogue_id": it, "title": st, "lead_agency": nref, "coordinating_agencies": arr(ref), "answer_due_on": ndate, "routed_at": ninst, "late": bo, "question_count": it, "answer": dict(S("Answer"))})
schemas["Issue"]["properties"]["answer"] = dict(schemas["Answer"], nullable=True)
schemas["IssueDetail"] = {"allOf": [S("Issue"), obj({"questions": arr(S("StaffQuestion"))})]}
schemas["Dashboard"] = obj({"dialogue_id": it, "today": date, "agencies": arr(obj({"agency": ref, "routed": it, "answered": it, "approved": it, "late": it})), "questions": obj({"total": it, "new": it, "accepted": it, "duplicate": it, "out_of_scope": it, "grouped": it})})

def body(schema_or_props, required=()):
    if isinstance(schema_or_props, dict) and "type" not in schema_or_props and "$ref" not in schema_or_props:
        schema_or_props = {"type": "object", "properties": schema_or_props, "required": list(required)}
    return {"required": True, "content": {"application/json": {"schema": schema_or_props}}}
def resp(code, schema, desc="OK"):
    return {str(code): {"description": desc, "content": {"application/json": {"schema": schema}}}}
def errs(*codes):
    out = {}
    names = {400: "Malformed request (not JSON, wrong types, bad query)", 401: "Not signed in", 403: "Forbidden (role, scope or CSRF)", 404: "Not found", 409: "Conflict with the record's state", 413: "Body too large", 422: "Validation failed; fields name each failing field", 429: "Rate limited"}
    for c in codes: out.update(resp(c, S("Error"), names[c]))
    return out
def op(summary, responses, tag, params=(), req=None, security=True):
    o = {"summary": summary, "tags": [tag], "responses": responses}
    if params: o["parameters"] = list(params)
    if req: o["requestBody"] = req
    if not security: o["security"] = []
    return o
pid = {"name": "id", "in": "path", "required": True, "schema": it}
q = lambda n, s, req=False: {"name": n, "in": "query", "required": req, "schema": s}
STAFF = (401, 403)
paths = {
 "/api/health": {"get": op("Liveness", resp(200, obj({"status": st})), "public", security=False)},
 "/api/openapi.json": {"get": op("This document", resp(200, {"type": "object"}), "public", security=False)},
 "/api/dialogues": {
   "get": op("Public list of dialogues", resp(200, lst(S("DialogueSummary"))), "public", security=False),
   "post": op("Create a dialogue (plan)", {**resp(201, S("DialogueCreated")), **errs(400, *STAFF, 422)}, "planning",
              req=body({"unit_id": it, "coordinator_agency_id": it, "year": it, "title": st, "theme": st, "summary": st, "chair": st, "form": st, "venue": st, "held_on": date, "plan_published_on": date, "complex": bo, "intake_open": bo}, ["unit_id","year","title","held_on"]))},
 "/api/dialogues/{id}": {
   "get": op("A dialogue with its plan, clocks and milestones", {**resp(200, S("DialogueDetail")), **errs(404)}, "public", [pid], security=False),
   "patch": op("Update a dialogue", {**resp(200, S("DialogueCreated")), **errs(400, *STAFF, 404, 422)}, "planning", [pid],
               req=body({"title": st, "theme": st, "summary": st, "chair": st, "form": st, "venue": st, "held_on": date, "plan_published_on": ndate, "conclusion_issued_on": ndate, "complex": bo, "intake_open": bo}))},
 "/api/dialogues/{id}/questions": {
   "post": op("Submit a question (public, no account)", {**resp(201, S("Submitted")), **errs(400, 404, 409, 413, 422, 429)}, "public", [pid],
              req=body({"text": st, "age": it, "consent": bo, "asker_name": st, "asker_contact": st, "asker_unit_id": it}, ["text","age","consent"]), security=False),
   "get": op("Questions of a dialogue (staff; includes askers' identities)", {**resp(200, lst(S("StaffQuestion"))), **errs(400, *STAFF, 404)}, "questions",
             [pid, q("screening", {"type": "string", "enum": ["new","accepted","duplicate","out_of_scope"]}), q("grouped", {"type": "string", "enum": ["true","false"]}), q("limit", it), q("offset", it)])},
 "/api/questions/{code}": {"get": op("Track a question by its code", {**resp(200, S("Tracking")), **errs(404)}, "public",
      [{"name": "code", "in": "path", "required": True, "schema": st}], security=False)},
 "/api/dialogues/{id}/answers": {"get": op("Published answers", {**resp(200, lst(S("PublishedAnswer"))), **errs(400, 404)}, "public", [pid, q("limit", it), q("offset", it)], security=False)},
 "/api/units": {
   "get": op("Units under a parent (roots when omitted)", {**resp(200, lst(S("Unit"))), **errs(400, 404)}, "public", [q("parent_id", it)], security=False),
   "post": op("Create a unit", {**resp(201, S("Unit")), **errs(400, *STAFF, 409, 422)}, "admin", req=body({"parent_id": it, "code": st, "name": st, "kind": st, "level": st}, ["parent_id","code","name","kind","level"]))},
 "/api/session": {
   "post": op("Sign in (sets the dt_session cookie)", {**resp(200, S("Me")), **errs(400, 401, 422, 429)}, "session", req=body({"username": st, "password": st}, ["username","password"]), security=False),
   "get": op("The signed-in user", {**resp(200, S("Me")), **errs(401)}, "session"),
   "delete": op("Sign out", {"204": {"description": "Signed out"}, **errs(401, 403)}, "session")},
 "/api/questions/{id}/screening": {"post": op("Screen a question", {**resp(200, S("StaffQuestion")), **errs(400, *STAFF, 404, 409, 422)}, "questions", [pid],
      req=body({"screening": {"type": "string", "enum": ["new","accepted","duplicate","out_of_scope"]}, "duplicate_of": it, "note": st}, ["screening"]))},
 "/api/dialogues/{id}/imports": {"post": op("Import questions compiled by the Youth Union (raw XLSX or CSV body)", {**resp(201, obj({"batch_id": it, "imported": it})), **errs(400, *STAFF, 404, 413, 422)}, "questions",
      [pid, q("filename", st, True)], req={"required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}})},
 "/api/dialogues/{id}/issues": {
   "get": op("Issues of a dialogue visible to the caller", {**resp(200, lst(S("Issue"))), **errs(*STAFF, 404)}, "issues", [pid]),
   "post": op("Group questions into a new issue", {**resp(201, S("IssueRef")), **errs(400, *STAFF, 404, 422)}, "issues", [pid], req=body({"title": st, "question_ids": arr(it)}, ["title","question_ids"]))},
 "/api/issues/{id}": {"get": op("An issue with its questions", {**resp(200, S("IssueDetail")), **errs(*STAFF, 404)}, "issues", [pid])},
 "/api/issues/{id}/questions": {"post": op("Add questions to an issue", {**resp(200, S("IssueRef")), **errs(400, *STAFF, 404, 422)}, "issues", [pid], req=body({"question_ids": arr(it)}, ["question_ids"]))},
 "/api/issues/{id}/routing": {"post": op("Route an issue to a lead agency", {**resp(200, S("IssueRef")), **errs(400, *STAFF, 404, 409, 422)}, "issues", [pid],
      req=body({"lead_agency_id": it, "coordinating_agency_ids": arr(it), "answer_due_on": date}, ["lead_agency_id","answer_due_on"]))},
 "/api/issues/{id}/answer": {"put": op("Save the answer draft", {**resp(200, S("Answer")), **errs(400, *STAFF, 404, 409, 422)}, "answers", [pid], req=body({"body": st, "timing": st}, ["body"]))},
 "/api/issues/{id}/answer/submit": {"post": op("Submit the answer for approval", {**resp(200, S("Answer")), **errs(*STAFF, 404, 409, 422)}, "answers", [pid])},
 "/api/issues/{id}/answer/approve": {"post": op("Approve and publish the answer", {**resp(200, S("Answer")), **errs(*STAFF, 404, 409)}, "answers", [pid])},
 "/api/issues/{id}/answer/return": {"post": op("Return the answer with a reason", {**resp(200, S("Answer")), **errs(400, *STAFF, 404, 409, 422)}, "answers", [pid], req=body({"reason": st}, ["reason"]))},
 "/api/issues/{id}/suggestions": {"get": op("Suggested topics and lead agencies for routing (never applied automatically)", {**resp(200, obj({"topics": arr(obj({"code": st, "name": st, "score": {"type": "number"}})), "agencies": arr(obj({"id": it, "name": st, "score": {"type": "number"}}))})), **errs(*STAFF, 404)}, "issues", [pid])},
 "/api/dialogues/{id}/dashboard": {"get": op("Per-agency answer statistics", {**resp(200, S("Dashboard")), **errs(*STAFF, 404)}, "issues", [pid])},
 "/api/dialogues/{id}/milestones": {"post": op("Add a plan milestone", {**resp(201, S("Milestone")), **errs(400, *STAFF, 404, 422)}, "planning", [pid], req=body({"title": st, "due_on": date, "agency_id": it}, ["title","due_on"]))},
 "/api/dialogues/{id}/milestones/{milestone_id}": {"patch": op("Mark a milestone done (or not)", {**resp(200, S("Milestone")), **errs(400, *STAFF, 404, 422)}, "planning",
      [pid, {"name": "milestone_id", "in": "path", "required": True, "schema": it}], req=body({"done_on": ndate}, ["done_on"]))},
 "/api/agencies": {
   "get": op("Agencies of a unit", {**resp(200, lst(S("Agency"))), **errs(400, 401, 404)}, "admin", [q("unit_id", it, True)]),
   "post": op("Create an agency", {**resp(201, S("Agency")), **errs(400, *STAFF, 409, 422)}, "admin", req=body({"unit_id": it, "code": st, "name": st}, ["unit_id","code","name"]))},
 "/api/users": {
   "get": op("Users", {**resp(200, lst(S("User"))), **errs(*STAFF)}, "admin"),
   "post": op("Create a user", {**resp(201, S("User")), **errs(400, *STAFF, 409, 422)}, "admin",
              req=body({"username": st, "display_name": st, "password": st, "grants": arr(obj({"role": st, "unit_id": it, "agency_id": nint}, ["role","unit_id"]))}, ["username","display_name","password"]))},
 "/api/users/{id}": {"patch": op("Update, disable or re-grant a user", {**resp(200, S("User")), **errs(400, *STAFF, 404, 422)}, "admin", [pid],
      req=body({"display_name": st, "password": st, "active": bo, "grants": arr(obj({"role": st, "unit_id": it, "agency_id": nint}, ["role","unit_id"]))}))},
 "/api/dialogues/{id}/documents/{name}": {"get": op("Draft a document from the dialogue's records (Decree 30 layout): plan.docx|.pdf, conclusion-draft.docx|.pdf, conclusion-tasks.xlsx, compiled-answers.docx|.pdf", {"200": {"description": "The file", "content": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"schema": {"type": "string", "format": "binary"}}, "application/pdf": {"schema": {"type": "string", "format": "binary"}}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}}, **errs(*STAFF, 404, 422)}, "documents",
      [pid, {"name": "name", "in": "path", "required": True, "schema": {"type": "string", "enum": ["plan.docx", "plan.pdf", "conclusion-draft.docx", "conclusion-draft.pdf", "conclusion-tasks.xlsx", "compiled-answers.docx", "compiled-answers.pdf"]}}])},
 "/api/search": {"get": op("Search published answers and the questions they answer (diacritics optional)", {**resp(200, S("SearchPage")), **errs(400, 422)}, "public",
      [q("q", st, True), q("dialogue_id", it), q("limit", it), q("offset", it)], security=False)},
 "/api/dialogues/{id}/similar": {"get": op("Answered questions similar to a question being typed", {**resp(200, S("SearchPage")), **errs(400, 422)}, "public",
      [pid, q("text", st, True), q("limit", it)], security=False)},
 "/api/audit": {"get": op("The audit log", {**resp(200, lst(S("AuditEntry"))), **errs(400, *STAFF)}, "admin", [q("entity", st), q("entity_id", it), q("limit", it)])},
}
# Text intelligence (issue 5): grouping proposals, staff search, routing tables.
num = {"type": "number"}
nissue = obj({"id": it, "dialogue_id": it, "year": it, "title": st, "answered": bo}, nullable=True)
schemas["GroupingProposals"] = obj({"dialogue_id": it, "last_year_dialogue_id": nint, "ungrouped": it, "stale": bo, "total": it, "items": arr(obj({"question_ids": arr(it), "questions": arr(obj({"id": it, "tracking_code": st, "text": st, "screening": st})), "confidence": num, "suggested_title": st, "issue": nissue, "last_year_issue": nissue}))})
schemas["GroupingDecision"] = obj({"id": it, "verdict": {"type": "string", "enum": ["reject", "split", "merge"]}, "question_ids": arr(it), "parts": arr(arr(it))})
schemas["StaffSearchPage"] = obj({"items": arr(obj({"kind": {"type": "string", "enum": ["answer", "question", "document", "task"]}, "id": it, "dialogue_id": it, "issue_id": nint, "document_id": nint, "title": st, "tracking_code": st, "status": st, "snippet": st, "score": num})), "total": it, "relaxed": bo})
schemas["RoutingTable"] = obj({"unit": ref, "source": {"type": "string", "enum": ["stored", "demo", "none"]}, "rows": arr(obj({"topic": st, "name": st, "agencies": arr(ref)}))})
decide = lambda summary, props, required: {"post": op(summary, {**resp(201, S("GroupingDecision")), **errs(400, *STAFF, 404, 422)}, "grouping", [pid], req=body(props, required))}
paths.update({
 "/api/dialogues/{id}/grouping-proposals": {"get": op("Proposed groups of the dialogue's ungrouped questions, with a confidence and matching issues (this and last year's dialogue)", {**resp(200, S("GroupingProposals")), **errs(400, *STAFF, 404)}, "grouping", [pid, q("limit", it), q("offset", it)])},
 "/api/dialogues/{id}/grouping-proposals/accept": {"post": op("Accept a proposal (or part of it): create an issue, or add to issue_id", {**resp(201, S("IssueRef")), **errs(400, *STAFF, 404, 422)}, "grouping", [pid], req=body({"question_ids": arr(it), "title": st, "issue_id": it}, ["question_ids"]))},
 "/api/dialogues/{id}/grouping-proposals/reject": decide("Reject a proposal: it is not shown again", {"question_ids": arr(it)}, ["question_ids"]),
 "/api/dialogues/{id}/grouping-proposals/split": decide("Split a proposal: remove_ids are proposed apart from the rest", {"question_ids": arr(it), "remove_ids": arr(it)}, ["question_ids", "remove_ids"]),
 "/api/dialogues/{id}/grouping-proposals/merge": decide("Merge two proposals into one", {"question_ids": arr(it), "other_question_ids": arr(it)}, ["question_ids", "other_question_ids"]),
 "/api/staff/search": {"get": op("Staff search over questions and answers (drafts included) within the user's scope; never an asker's identity", {**resp(200, S("StaffSearchPage")), **errs(400, 401, 422)}, "search",
      [q("q", st, True), q("kind", {"type": "string", "enum": ["question", "answer", "document", "task"]}), q("dialogue_id", it), q("status", st), q("agency_id", it), q("from", date), q("to", date), q("limit", it), q("offset", it)])},
 "/api/units/{id}/routing-table": {
   "get": op("The unit's routing table topic -> lead agencies", {**resp(200, S("RoutingTable")), **errs(*STAFF, 404)}, "routing", [pid]),
   "put": op("Replace the unit's routing table", {**resp(200, S("RoutingTable")), **errs(400, *STAFF, 404, 422)}, "routing", [pid], req=body({"rules": arr(obj({"topic": st, "agency_ids": arr(it)}))}, ["rules"]))},
})
from openapi_indicators import add_indicators  # issue 4
add_indicators(globals())
from openapi_conclusions import add_conclusions  # issue 3
add_conclusions(globals())
doc = {"openapi": "3.0.3",
 "info": {"title": "doithoai API", "version": "1.0.0", "description": "Đối thoại giữa lãnh đạo và thanh niên — the JSON API behind the web UI. See docs/api.md for conventions: errors, limits, CSRF."},
 "servers": [{"url": "/"}],
 "components": {"schemas": schemas, "securitySchemes": {"session": {"type": "apiKey", "in": "cookie", "name": "dt_session"}, "csrf": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token"}}},
 "security": [{"session": [], "csrf": []}],
 "paths": paths}
print(json.dumps(doc, ensure_ascii=False, indent=1))
