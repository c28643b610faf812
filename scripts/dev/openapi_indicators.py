# The indicator operations (C9, issue 4) of the OpenAPI document; called by openapi.py with its
# globals (helpers obj, arr, S, op, resp, errs, body, q, pid, STAFF and the schemas/paths dicts).
def add_indicators(g):
    obj, arr, S, op, resp, errs, body, q, pid = (g[k] for k in ("obj", "arr", "S", "op", "resp", "errs", "body", "q", "pid"))
    st, it, bo, date, ndate, inst, nint = (g[k] for k in ("st", "it", "bo", "date", "ndate", "inst", "nint"))
    STAFF, schemas, paths = g["STAFF"], g["schemas"], g["paths"]
    num = {"type": "number"}
    nnum = {"type": "number", "nullable": True}
    nbo = {"type": "boolean", "nullable": True}
    point = obj({"year": it, "value": num})
    level = {"type": "string", "enum": ["nation", "province", "commune", "residential_group"]}
    completeness = obj({"expected": it, "reported": it, "on_time": it})
    schemas["IndicatorProgramme"] = obj({"id": it, "unit_id": it, "title": st, "basis": st, "start_year": it, "end_year": it, "adopts_id": nint, "created_at": inst})
    schemas["Indicator"] = obj({"id": it, "programme_id": it, "code": st, "name": st, "group": st, "measure": st,
        "kind": {"type": "string", "enum": ["count", "ratio"]}, "direction": {"type": "string", "enum": ["at_least", "at_most", "equal"]},
        "baseline_year": it, "baseline_value": nnum, "targets": arr(point), "responsible_agency_id": nint, "reporting_level": level,
        "is_public": bo, "adopted_from_id": nint, "position": it})
    schemas["IndicatorRound"] = obj({"id": it, "programme_id": it, "period_year": it, "opens_on": date, "due_on": date, "reopened_until": ndate, "unit_count": it})
    schemas["IndicatorException"] = obj({"round_id": it, "unit_id": it, "until": date, "reason": st, "granted_by": nint})
    schemas["IndicatorProgress"] = obj({"year": it, "value": nnum, "target": nnum, "meets_target": nbo, "final_target": dict(point, nullable=True),
        "meets_final": nbo, "share_of_way": nnum, "expected_on_path": nnum, "on_track": nbo, "needed_per_year": nnum})
    schemas["IndicatorSeries"] = obj({"indicator": S("Indicator"), "value": nnum, "numerator": num, "denominator": num, "reporting_units": it,
        "progress": S("IndicatorProgress"), "history": arr(point), "trajectory": arr(point)})
    status = {"type": "string", "enum": ["not_started", "in_progress", "done_on_time", "done_late", "overdue"]}
    schemas["IndicatorTask"] = obj({"id": it, "content": st, "lead": obj({"agency_id": nint, "name": st}), "deadline_text": st,
        "status": status, "status_label": st, "percent": it, "document_id": it, "number_symbol": st})
    schemas["IndicatorProgrammeDetail"] = {"allOf": [S("IndicatorProgramme"), obj({"unit": obj({"id": it, "name": st}),
        "indicators": arr({"allOf": [S("Indicator"), obj({"task_ids": arr(it), "tasks": arr(S("IndicatorTask")), "national": obj({"id": it, "code": st, "final_target": nnum, "stricter": nbo}, nullable=True)})]}),
        "rounds": arr(S("IndicatorRound"))})]}
    unit_brief = {"id": it, "code": st, "name": st, "level": level, "parent_id": nint}
    schemas["IndicatorDashboard"] = obj({"programme": S("IndicatorProgramme"),
        "round": {"allOf": [S("IndicatorRound"), obj({"phase": {"type": "string", "enum": ["not_open", "open", "due_soon", "locked", "reopened"]}})]},
        "today": date, "by_level": arr({"allOf": [completeness, obj({"level": level})]}),
        "units": arr(obj({**unit_brief, "own": completeness, "subtree": completeness})),
        "indicators": arr(S("IndicatorSeries")), "exceptions": arr(S("IndicatorException"))})
    value = obj({"indicator_id": it, "unit_id": it, "numerator": num, "denominator": nnum, "comment": st, "entered_on": date})
    schemas["IndicatorRollUp"] = obj({"indicator": S("Indicator"), "round": S("IndicatorRound"),
        "units": arr(obj({**unit_brief, "value": nnum, "numerator": num, "denominator": num, "reporting_units": it, "own": dict(value, nullable=True)}))})
    reported = obj({"saved": it, "late": it})
    xlsx = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}
    rid = [pid]
    indicator_body = {"code": st, "name": st, "group": st, "measure": st, "kind": {"type": "string", "enum": ["count", "ratio"]}, "direction": {"type": "string", "enum": ["at_least", "at_most", "equal"]},
                      "baseline_year": it, "baseline_value": nnum, "targets": arr(point), "responsible_agency_id": it, "reporting_level": st, "is_public": bo, "adopted_from_id": it}
    paths.update({
     "/api/indicator-programmes": {
       "get": op("Indicator programmes visible to the caller", {**resp(200, obj({"items": arr(S("IndicatorProgramme")), "total": it})), **errs(401)}, "indicators"),
       "post": op("Define a programme (Appendix I of a youth-development plan)", {**resp(201, S("IndicatorProgramme")), **errs(400, *STAFF, 422)}, "indicators",
                  req=body({"unit_id": it, "title": st, "basis": st, "start_year": it, "end_year": it, "adopts_id": it}, ["unit_id", "title"]))},
     "/api/indicator-programmes/{id}": {"get": op("A programme with its indicators (and the national targets they adopt) and rounds", {**resp(200, S("IndicatorProgrammeDetail")), **errs(*STAFF, 404)}, "indicators", rid)},
     "/api/indicator-programmes/{id}/indicators": {"post": op("Add an indicator", {**resp(201, S("Indicator")), **errs(400, *STAFF, 404, 409, 422)}, "indicators", rid,
          req=body(indicator_body, ["code", "name", "measure"]))},
     "/api/indicators/{id}": {"put": op("Replace an indicator's definition and targets (values are kept)", {**resp(200, S("Indicator")), **errs(400, *STAFF, 404, 409, 422)}, "indicators", rid,
          req=body(indicator_body, ["code", "name", "measure"]))},
     "/api/indicator-programmes/{id}/rounds": {"post": op("Open a reporting round (units default to every unit at a reporting level)", {**resp(201, S("IndicatorRound")), **errs(400, *STAFF, 404, 409, 422)}, "indicators", rid,
          req=body({"period_year": it, "opens_on": date, "due_on": date, "unit_ids": arr(it)}, ["period_year", "opens_on", "due_on"]))},
     "/api/indicators/{id}/tasks": {"post": op("Link an Appendix II task to the indicator it moves (task_id: missing, outside the programme's unit, or already linked → 422)", {**resp(201, obj({"indicator_id": it, "task_id": it})), **errs(400, *STAFF, 404, 422)}, "indicators", rid,
          req=body({"task_id": it}, ["task_id"]))},
     "/api/indicators/{id}/tasks/{task_id}": {"delete": op("Unlink an Appendix II task from the indicator", {**resp(200, obj({"indicator_id": it, "task_id": it})), **errs(*STAFF, 404)}, "indicators",
          [pid, {"name": "task_id", "in": "path", "required": True, "schema": it}])},
     "/api/indicator-rounds/{id}": {"get": op("Round dashboard: completeness per unit and level, each indicator rolled up with progress", {**resp(200, S("IndicatorDashboard")), **errs(*STAFF, 404)}, "indicators", rid)},
     "/api/indicator-rounds/{id}/reopen": {"post": op("Re-open a round after its due date", {**resp(200, S("IndicatorRound")), **errs(400, *STAFF, 404, 422)}, "indicators", rid, req=body({"until": date}, ["until"]))},
     "/api/indicator-rounds/{id}/exceptions": {"post": op("Let one unit report after the due date", {**resp(201, S("IndicatorException")), **errs(400, *STAFF, 404, 422)}, "indicators", rid,
          req=body({"unit_id": it, "until": date, "reason": st}, ["unit_id", "until", "reason"]))},
     "/api/indicator-rounds/{id}/values": {"post": op("Report values (all or nothing; fields name values[i].numerator…)", {**resp(201, reported), **errs(400, *STAFF, 404, 409, 413, 422)}, "indicators", rid,
          req=body({"values": arr(obj({"indicator_id": it, "unit_id": it, "numerator": num, "denominator": nnum, "comment": st}, ["indicator_id", "unit_id", "numerator"]))}, ["values"]))},
     "/api/indicator-rounds/{id}/imports": {"post": op("Upload the filled values template (raw XLSX or CSV body); errors name cells (D12); nothing is stored on error", {**resp(201, reported), **errs(400, *STAFF, 404, 409, 413, 422)}, "indicators",
          [pid, q("filename", st, True)], req={"required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}})},
     "/api/indicator-rounds/{id}/template.xlsx": {"get": op("The values template of the round for the caller's units", {"200": {"description": "The file", "content": xlsx}, **errs(*STAFF, 404)}, "indicators", rid)},
     "/api/indicator-rounds/{id}/indicators/{indicator_id}": {"get": op("One indicator rolled up over every unit (for the ranked table per level)", {**resp(200, S("IndicatorRollUp")), **errs(*STAFF, 404)}, "indicators",
          [pid, {"name": "indicator_id", "in": "path", "required": True, "schema": it}])},
     "/api/indicator-rounds/{id}/report/{name}": {"get": op("The annual report (Báo cáo) with Appendix I and II: bao-cao.docx | .pdf | .xlsx",
          {"200": {"description": "The file", "content": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"schema": {"type": "string", "format": "binary"}}, "application/pdf": {"schema": {"type": "string", "format": "binary"}}, **xlsx}}, **errs(*STAFF, 404, 422)}, "indicators",
          [pid, {"name": "name", "in": "path", "required": True, "schema": {"type": "string", "enum": ["bao-cao.docx", "bao-cao.pdf", "bao-cao.xlsx"]}}])},
     "/api/public/indicators": {"get": op("Indicators marked public, with their progress", resp(200, obj({"items": arr(obj({"programme": S("IndicatorProgramme"), "unit_name": st, "indicators": arr(S("IndicatorSeries"))}))})), "public", security=False)},
    })
