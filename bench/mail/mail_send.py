#!/usr/bin/python3
"""Mail sender throughput (issue 14: at least 200 messages/s to a local SMTP server).

Queues N mails (default 2000) for a demo account with an address, then times one
`doithoai mail send-due` pass against Debian's aiosmtpd on 127.0.0.1: plain SMTP, then
STARTTLS + AUTH (a self-signed certificate made with openssl). Every message must arrive once.
Prints a Markdown table.

  DOITHOAI_BIN=build/doithoai MAIL_BENCH_PORT=19110 MAIL_BENCH_COUNT=2000 bench/mail/mail_send.py
"""
import logging
import os
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

warnings.filterwarnings("ignore", message="Session.login_data is deprecated")
logging.getLogger("mail.log").setLevel(logging.ERROR)

BIN = os.environ.get("DOITHOAI_BIN", "build/doithoai")
PORT = int(os.environ.get("MAIL_BENCH_PORT", "19110"))
COUNT = int(os.environ.get("MAIL_BENCH_COUNT", "2000"))


class Counter:
    def __init__(self):
        self.ids = set()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        for line in envelope.content.split(b"\r\n"):
            if line.startswith(b"Message-ID: "):
                with self.lock:
                    self.ids.add(line)
                break
        return "250 OK"


def run(*args, env=None):
    return subprocess.run([BIN, *args], check=True, capture_output=True, text=True, env=env)


def prepare(db):
    run("--db", db, "demo-data")
    with sqlite3.connect(db) as c:
        user = c.execute("SELECT id FROM users WHERE username = 'sokhcn'").fetchone()[0]
        c.execute("INSERT INTO user_mail VALUES (?, 'sokhcn@sokhcn.example.vn', 'immediate')",
                  (user,))
        c.executemany(
            "INSERT INTO outbox (recipient, subject, body, key, created_at) VALUES"
            " (?, ?, ?, ?, strftime('%s','now'))",
            [(f"user:{user}", f"[doithoai] Nhiệm vụ sắp đến hạn: việc số {i}",
              "Sở Khoa học và Công nghệ: trả lời kiến nghị của thanh niên — hạn 31/12/2026.\n" * 5,
              f"bench:{i}") for i in range(COUNT)])


def measure(name, port, flags, env, tmp):
    db = os.path.join(tmp, f"{name}.db")
    prepare(db)
    start = time.monotonic()
    out = run("--db", db, "mail", "send-due", "--smtp-host", "127.0.0.1", "--smtp-port",
              str(port), "--mail-from", "doithoai@tinhdoan.example.vn", *flags, env=env).stdout
    return time.monotonic() - start, out


def main():
    tmp = tempfile.mkdtemp(prefix="doithoai-mailbench-")
    cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    plain_counter, tls_counter = Counter(), Counter()
    plain = Controller(plain_counter, hostname="127.0.0.1", port=PORT)
    secure = Controller(tls_counter, hostname="127.0.0.1", port=PORT + 1, tls_context=tls,
                        require_starttls=True, auth_required=True,
                        authenticator=lambda *a: AuthResult(success=True))
    plain.start()
    secure.start()
    rows = []
    status = 0
    try:
        for name, port, counter, flags, env in [
            ("plain SMTP", PORT, plain_counter, ["--smtp-tls", "none"], None),
            ("STARTTLS + AUTH", PORT + 1, tls_counter,
             ["--smtp-tls", "starttls", "--smtp-user", "bench", "--smtp-ca-file", cert],
             dict(os.environ, DOITHOAI_SMTP_PASSWORD="bench")),
        ]:
            seconds, out = measure(name.split()[0], port, flags, env, tmp)
            arrived = len(counter.ids)
            if arrived != COUNT:
                print(f"mail bench: {name}: {arrived} of {COUNT} arrived: {out}", file=sys.stderr)
                status = 1
            rows.append((name, COUNT, arrived, seconds, COUNT / seconds))
    finally:
        plain.stop()
        secure.stop()
    print("| connection | queued | arrived once | seconds | messages/s (target ≥ 200) |")
    print("|---|---:|---:|---:|---:|")
    for name, queued, arrived, seconds, rate in rows:
        print(f"| {name} | {queued} | {arrived} | {seconds:.2f} | {rate:.0f} |")
    return status


if __name__ == "__main__":
    sys.exit(main())
