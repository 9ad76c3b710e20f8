"""A stand-in for the fork's FastAPI results service, rebuilt from contract §5 for benchmarking only:
catalog files re-read and parsed on every request, JSONResponse bodies, a new sqlite3 connection per
artifacts request. Run: uvicorn --app-dir bench python_reference_api:app --port 9001 (needs fastapi, uvicorn)."""
import json
import os
import sqlite3
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse

ROOT = Path(os.environ.get("RDR_BENCH_REPO", "."))
CATALOGS = ROOT / "RDagentDB" / "aistock"
DB = ROOT / "RDagentDB" / "registry.sqlite"
app = FastAPI()


def _load(name):
    path = CATALOGS / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except Exception:
        raise HTTPException(status_code=404, detail=f"{name} not found")


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/catalog/factors")
def factors():
    return JSONResponse(_load("factor_catalog.json"))


@app.get("/catalog/loops")
def loops():
    return JSONResponse(_load("loop_catalog.json"))


@app.get("/factors/{name}")
def factor(name: str):
    data = _load("factor_catalog.json")
    for f in data.get("factors", []):
        if f.get("name") == name:
            return JSONResponse(f)
    raise HTTPException(status_code=404, detail="factor not found")


@app.get("/loops/{task_run_id}/{loop_id}/artifacts")
def artifacts(task_run_id: str, loop_id: int):
    conn = sqlite3.connect(str(DB))
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT a.artifact_id,a.artifact_type,a.name,a.status,a.primary_flag,a.entry_path,a.summary_json,"
            "f.file_id,f.path AS file_path,f.sha256,f.size_bytes,f.mtime_utc,f.kind FROM artifacts a LEFT JOIN "
            "artifact_files f ON a.artifact_id=f.artifact_id WHERE a.task_run_id=? AND a.loop_id=? "
            "ORDER BY a.artifact_type, a.name", (task_run_id, loop_id)).fetchall()
    finally:
        conn.close()
    out = {}
    for r in rows:
        a = out.setdefault(r["artifact_id"], {"artifact_id": r["artifact_id"], "artifact_type": r["artifact_type"],
                                              "name": r["name"], "status": r["status"],
                                              "primary_flag": bool(r["primary_flag"]), "entry_path": r["entry_path"],
                                              "summary": json.loads(r["summary_json"] or "{}"), "files": []})
        if r["file_id"]:
            a["files"].append({"file_id": r["file_id"], "path": r["file_path"], "sha256": r["sha256"],
                               "size_bytes": r["size_bytes"], "mtime_utc": r["mtime_utc"], "kind": r["kind"]})
    return {"task_run_id": task_run_id, "loop_id": loop_id, "artifacts": list(out.values())}


@app.get("/catalog/incremental")
def incremental(last_sync_time: str = None, limit: int = 100):
    """The fork's nearest thing to a registry loop view (contract §5.2): solidified loops by update time."""
    conn = sqlite3.connect(str(DB))
    conn.row_factory = sqlite3.Row
    try:
        sql = "SELECT * FROM loops WHERE is_solidified = 1"
        args = []
        if last_sync_time:
            sql += " AND updated_at_utc > ?"
            args.append(last_sync_time)
        rows = conn.execute(sql + " ORDER BY updated_at_utc ASC LIMIT ?", (*args, limit)).fetchall()
        loops = []
        for r in rows:
            loop = dict(r)
            loop["factors"] = [dict(f) for f in conn.execute(
                "SELECT * FROM factor_registry WHERE asset_bundle_id = ?", (loop.get("asset_bundle_id"),))] \
                if "asset_bundle_id" in loop.keys() else []
            loops.append(loop)
    finally:
        conn.close()
    return {"version": "v1", "count": len(loops), "loops": loops}
