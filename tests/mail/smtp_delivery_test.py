#!/usr/bin/python3
"""Mail delivery through a real SMTP server (issue 14).

Debian's aiosmtpd runs on 127.0.0.1 in this process: one server with STARTTLS required (a
self-signed certificate made here with openssl) and AUTH, one plain server without STARTTLS,
and a port where nothing listens. The outbox is the demo's: `doithoai remind` queues the task
reminders and escalations; the administrator gives staff accounts an address through the API
(bad addresses refused). Checked: a server that is down or that cannot give STARTTLS leaves
every mail queued with its attempts counted; a refused address marks its mail failed, shown to
the national administrator (GET /api/mail/outbox, `mail status`) who can requeue it; the
server's timer delivers each message once, with its Vietnamese subject and body intact; a
second pass and a restart send nothing again. Youth mail (test_youth_mail): the tracking code
to a youth who left an e-mail address with the contact consent, none without it, the
List-Unsubscribe one-click headers, GET showing a button only, POST unsubscribing, forged and
missing tokens refused, and no mail to the address after that. Following an issue
(test_follow): the confirmation with its signed link, GET showing a button, POST confirming,
the answer's notice to the confirmed follower only, with the one-click unsubscribe.

Environment: DOITHOAI_BIN (the binary), MAIL_TEST_PORT (first of four ports: SMTP with
STARTTLS, nothing, SMTP without STARTTLS, HTTP).
"""
import email
import email.policy
import http.cookiejar
import json
import logging
import os
import re
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# aiosmtpd 1.4 warns about its own use of Session.login_data; its log is only noise here.
warnings.filterwarnings("ignore", message="Session.login_data is deprecated")
logging.getLogger("mail.log").setLevel(logging.ERROR)

BIN = os.environ.get("DOITHOAI_BIN", "build/doithoai")
BASE_PORT = int(os.environ.get("MAIL_TEST_PORT", "19100"))
TLS_PORT, DOWN_PORT, PLAIN_PORT, HTTP_PORT = BASE_PORT, BASE_PORT + 1, BASE_PORT + 2, BASE_PORT + 3
FROM = "doithoai@tinhdoan.example.vn"
USER, PASSWORD = "doithoai", "mật-khẩu-thư"

# Demo accounts given an address: the agency 7 officer, the unit 14 leader and coordinator.
ADDRESSES = {
    "sokhcn": "sokhcn@sokhcn.example.vn",
    "chutich": "chutich@ubnd.example.vn",
    "sonoivu": "sonoivu@snv.example.vn",
}
REFUSED_DOMAIN = "khongton.example.vn"


class Recorder:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@" + REFUSED_DOMAIN):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 OK queued"

    def snapshot(self):
        with self.lock:
            return list(self.messages)


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
        and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok)


class Staff:
    """A signed-in staff client of the JSON API (session cookie and CSRF token)."""

    def __init__(self, username, password="doithoai-demo"):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = ""
        status, body = self.call("POST", "/api/session", {"username": username,
                                                          "password": password})
        assert status == 200, body
        self.csrf = body["csrf_token"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{HTTP_PORT}{path}", data=data,
                                     method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if self.csrf:
            req.add_header("X-CSRF-Token", self.csrf)
        try:
            with self.opener.open(req, timeout=10) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")


def start_server(db, *flags, env=None):
    p = subprocess.Popen([BIN, "--db", db, "serve", "--port", str(HTTP_PORT),
                          "--reminders-every-minutes", "0", *flags],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{HTTP_PORT}/api/health", timeout=2):
                return p
        except OSError:
            time.sleep(0.1)
    p.kill()
    raise AssertionError("the server did not start: " + p.communicate()[0])


def stop_server(p):
    p.terminate()
    return p.communicate(timeout=30)[0]


def run(*args, env=None, check=True):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=120)
    if check and p.returncode != 0:
        raise AssertionError(f"{args} exited {p.returncode}: {p.stdout}\n{p.stderr}")
    return p


class SmtpDeliveryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory(prefix="doithoai-mail-")
        d = cls.dir.name
        cls.db = os.path.join(d, "mail.db")
        cls.cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                        "-out", cls.cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(cls.cert, key)
        cls.recorder = Recorder()
        cls.tls_server = Controller(cls.recorder, hostname="127.0.0.1", port=TLS_PORT,
                                    tls_context=tls, require_starttls=True, auth_required=True,
                                    authenticator=authenticate)
        cls.plain_recorder = Recorder()
        cls.plain_server = Controller(cls.plain_recorder, hostname="127.0.0.1", port=PLAIN_PORT)
        cls.tls_server.start()
        cls.plain_server.start()

        run("--db", cls.db, "demo-data")
        run("--db", cls.db, "remind")
        # The administrator gives staff their addresses (a server without SMTP: nothing sent).
        server = start_server(cls.db)
        try:
            cls.set_addresses()
        finally:
            stop_server(server)
        with sqlite3.connect(cls.db) as c:
            # A task reminder for agency 6 (sonnmt), queued as the reminders job queues it.
            c.execute("INSERT INTO outbox (recipient, subject, body, key, created_at)"
                      " VALUES ('agency:6', '[doithoai] Nhiệm vụ sắp đến hạn: thử', 'Nội dung',"
                      " 'test:agency6', strftime('%s','now'))")
            cls.expected = {
                ADDRESSES["sokhcn"]: cls.count(c, "agency:7"),
                ADDRESSES["chutich"]: cls.count(c, "unit:14:leaders"),
                ADDRESSES["sonoivu"]: cls.count(c, "unit:14:leaders"),
            }
            cls.total_mail = c.execute("SELECT count(*) FROM outbox").fetchone()[0]

    @classmethod
    def set_addresses(cls):
        admin = Staff("admin")
        status, users = admin.call("GET", "/api/users")
        assert status == 200, users
        ids = {u["username"]: u["id"] for u in users["items"]}
        wanted = [(n, a, "immediate") for n, a in ADDRESSES.items()]
        # An officer who wants no mail, and one whose mailbox the mail server refuses.
        wanted += [("sotaichinh", "sotaichinh@stc.example.vn", "none"),
                   ("sonnmt", f"sonnmt@{REFUSED_DOMAIN}", "immediate")]
        for name, address, preference in wanted:
            status, body = admin.call("PUT", f"/api/users/{ids[name]}/mail",
                                      {"email": address, "preference": preference})
            assert status == 200 and body["email"] == address, body
        # Bad addresses are refused, naming the field; a header injection cannot get in.
        for bad in ["khong-co-a-cong", "a@b.vn\r\nBcc: x@y.vn", "Lan <lan@x.vn>"]:
            status, body = admin.call("PUT", f"/api/users/{ids['sokhcn']}/mail", {"email": bad})
            assert status == 422 and body["error"]["fields"][0]["field"] == "email", (bad, body)
        status, body = admin.call("GET", f"/api/users/{ids['sokhcn']}/mail")
        assert body["email"] == ADDRESSES["sokhcn"], body
        # Only the national administrator sees the outbox.
        status, _ = Staff("sonoivu").call("GET", "/api/mail/outbox")
        assert status == 403, status

    @staticmethod
    def count(c, recipient):
        return c.execute("SELECT count(*) FROM outbox WHERE recipient = ?",
                         (recipient,)).fetchone()[0]

    @classmethod
    def tearDownClass(cls):
        cls.tls_server.stop()
        cls.plain_server.stop()
        cls.dir.cleanup()

    def outbox(self):
        with sqlite3.connect(self.db) as c:
            return c.execute("SELECT id, recipient, attempts, sent_at, failed_at, last_error,"
                             " next_attempt_at FROM outbox ORDER BY id").fetchall()

    def mail_flags(self, port, tls="starttls"):
        return ["--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--smtp-tls", tls,
                "--smtp-user", USER, "--smtp-ca-file", self.cert, "--mail-from", FROM,
                "--mail-first-retry-seconds", "1"]

    def env(self):
        return dict(os.environ, DOITHOAI_SMTP_PASSWORD=PASSWORD)

    def wait_due(self):
        """Waits until every queued mail's next attempt is due."""
        rows = [r for r in self.outbox() if r[3] is None and r[4] is None]
        latest = max(r[6] for r in rows)
        time.sleep(max(0, latest - time.time()) + 1.1)

    def test_delivery(self):
        self.assertGreaterEqual(sum(self.expected.values()), 3, "the demo queues staff mail")

        # 1. Nothing listens: every mail stays queued, its attempt counted and the reason kept.
        p = run("--db", self.db, "mail", "send-due", *self.mail_flags(DOWN_PORT), env=self.env())
        self.assertIn(f"{self.total_mail} claimed", p.stdout)
        rows = self.outbox()
        self.assertEqual(len(rows), self.total_mail, "no mail lost")
        addressed = [r for r in rows if r[1] in ("agency:7", "unit:14:leaders", "agency:6")]
        for r in addressed:
            self.assertEqual(r[2], 1)
            self.assertIsNone(r[3])
            self.assertIsNone(r[4])
            self.assertIn("không gửi được tới máy chủ thư", r[5])
        self.wait_due()

        # 2. STARTTLS required, the server has none: nothing goes out in the clear.
        p = run("--db", self.db, "mail", "send-due", *self.mail_flags(PLAIN_PORT), env=self.env())
        self.assertEqual(self.plain_recorder.snapshot(), [])
        for r in self.outbox():
            if r[1] in ("agency:7", "unit:14:leaders"):
                self.assertEqual((r[2], r[3], r[4]), (2, None, None))
        self.wait_due()

        # 3. The server's timer sends through STARTTLS + AUTH.
        server = start_server(self.db, "--mail-every-seconds", "1", *self.mail_flags(TLS_PORT),
                              env=self.env())
        try:
            want = sum(self.expected.values())
            deadline = time.time() + 60
            while time.time() < deadline and len(self.recorder.snapshot()) < want:
                time.sleep(0.2)
            time.sleep(1.5)  # a further tick must not send anything again
            messages = self.recorder.snapshot()
            self.assertEqual(len(messages), want)
            self.check_messages(messages)

            # The administrator sees the refused mail with the server's answer, and requeues it.
            admin = Staff("admin")
            status, outbox = admin.call("GET", "/api/mail/outbox")
            self.assertEqual(status, 200, outbox)
            self.assertEqual((outbox["queued"], outbox["failed"]), (0, 1), outbox)
            self.assertEqual(outbox["sent"], self.total_mail - 1)
            failed = outbox["failed_mail"][0]
            self.assertEqual(failed["to"], "agency:6")
            self.assertEqual(failed["attempts"], 3, "two unreachable attempts, then refused")
            self.assertIn("550", failed["last_error"])
            status, _ = admin.call("POST", f"/api/mail/outbox/{failed['id']}/requeue")
            self.assertEqual(status, 200)
            status, _ = admin.call("POST", f"/api/mail/outbox/{failed['id']}/requeue")
            self.assertEqual(status, 404, "only failed mail is requeued")
            deadline = time.time() + 20
            while time.time() < deadline:
                _, outbox = admin.call("GET", "/api/mail/outbox")
                if outbox["failed"] == 1:
                    break
                time.sleep(0.2)
            self.assertEqual(outbox["failed_mail"][0]["attempts"], 1, "refused again, at once")
        finally:
            log = stop_server(server)
        self.assertEqual(len(self.recorder.snapshot()), want, log)

        rows = self.outbox()
        self.assertEqual(len(rows), self.total_mail, "no mail lost")
        queued = [r for r in rows if r[3] is None and r[4] is None]
        self.assertEqual(queued, [], "every mail closed")
        self.assertEqual([r[1] for r in rows if r[4] is not None], ["agency:6"])
        status = run("--db", self.db, "mail", "status").stdout
        self.assertIn("0 queued", status)
        self.assertIn("1 failed", status)
        self.assertIn("agency:6 (1 attempts)", status)

        # 4. Again, as after a restart: nothing is sent twice.
        p = run("--db", self.db, "mail", "send-due", *self.mail_flags(TLS_PORT), env=self.env())
        self.assertIn("0 claimed", p.stdout)
        self.assertEqual(len(self.recorder.snapshot()), want)

    def test_youth_mail(self):
        """Issue 14: a youth who left an e-mail address and the contact consent gets the
        tracking code and a message per event, each with a one-click unsubscribe (RFC 8058);
        after the unsubscribe nothing more goes to the address; without consent, nothing."""
        base = f"http://127.0.0.1:{HTTP_PORT}"
        lan, binh, chi = ("lan@thanhnien.example.vn", "binh@thanhnien.example.vn",
                          "chi@thanhnien.example.vn")
        server = start_server(self.db, "--mail-every-seconds", "1", "--public-url", base,
                              "--submissions-per-minute", "0", *self.mail_flags(TLS_PORT),
                              env=self.env())
        try:
            anon = urllib.request.build_opener()

            def call(method, path, body=None, content_type=None):
                req = urllib.request.Request(base + path, data=body, method=method)
                if content_type:
                    req.add_header("Content-Type", content_type)
                try:
                    with anon.open(req, timeout=10) as r:
                        return r.status, r.headers.get_content_type(), r.read().decode()
                except urllib.error.HTTPError as e:
                    return e.code, e.headers.get_content_type(), e.read().decode()

            status, _, listing = call("GET", "/api/dialogues")
            dialogue = next(d for d in json.loads(listing)["items"] if d["intake"]["open"])

            def submit(contact, consent_contact):
                body = json.dumps({"text": "Thành phố có hỗ trợ thanh niên học nghề không ạ?",
                                   "age": 20, "consent": True, "asker_contact": contact,
                                   "consent_contact": consent_contact}).encode()
                status, _, text = call("POST", f"/api/dialogues/{dialogue['id']}/questions",
                                       body, "application/json")
                self.assertEqual(status, 201, text)
                return json.loads(text)["tracking_code"]

            def to(address):
                return [m for _, rcpt, m in self.recorder.snapshot() if rcpt == [address]]

            def wait_for(address, n):
                deadline = time.time() + 30
                while time.time() < deadline and len(to(address)) < n:
                    time.sleep(0.2)
                return to(address)

            code = submit(lan, True)
            submit(binh, False)  # no consent: never mailed
            receipt = wait_for(lan, 1)
            self.assertEqual(len(receipt), 1)
            msg = receipt[0]
            subject = str(msg["Subject"])  # decoded from RFC 2047
            self.assertIn("Đã nhận câu hỏi của bạn", subject)
            self.assertIn(code, subject)
            body = msg.get_content()
            self.assertIn(f"Mã theo dõi của bạn: {code}", body)
            self.assertIn(f"{base}/q/{code}", body)
            self.assertEqual(msg["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
            link = str(msg["List-Unsubscribe"])
            self.assertRegex(link, r"^<http://127\.0\.0\.1:\d+/api/unsubscribe\?token=[\w.-]+>$")
            url = link[1:-1]
            self.assertIn(url, body)
            path = url[len(base):]

            def unsubscribed():
                with sqlite3.connect(self.db) as c:
                    return [r[0] for r in c.execute("SELECT address FROM mail_unsubscribes")]

            # GET (what a mail scanner does) only shows the button.
            status, kind, page = call("GET", path)
            self.assertEqual((status, kind), (200, "text/html"), page)
            self.assertIn('<form method="post" action="/api/unsubscribe?format=html&amp;token=',
                          page)
            self.assertEqual(unsubscribed(), [])
            # Forged and missing tokens are refused, naming the field.
            token = path.split("token=")[1]
            forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
            for bad in (f"/api/unsubscribe?token={forged}", "/api/unsubscribe"):
                status, _, text = call("POST", bad, b"List-Unsubscribe=One-Click",
                                       "application/x-www-form-urlencoded")
                self.assertEqual(status, 422, text)
                self.assertEqual(json.loads(text)["error"]["fields"][0]["field"], "token")
            self.assertEqual(unsubscribed(), [])
            # The one-click POST a mail client sends.
            status, kind, text = call("POST", path, b"List-Unsubscribe=One-Click",
                                      "application/x-www-form-urlencoded")
            self.assertEqual((status, kind), (200, "application/json"), text)
            self.assertEqual(json.loads(text), {"address": lan, "unsubscribed": True})
            self.assertEqual(unsubscribed(), [lan])

            # The next event: lan's question screened out of scope — no mail to lan. A youth
            # still subscribed gets the same event with the coordinator's reason.
            other = submit(chi, True)
            self.assertEqual(len(wait_for(chi, 1)), 1)
            coordinator = Staff("sonoivu")
            with sqlite3.connect(self.db) as c:
                qids = dict(c.execute("SELECT tracking_code, id FROM questions"
                                      " WHERE tracking_code IN (?, ?)", (code, other)))
            for c_ in (code, other):
                status, body = coordinator.call(
                    "POST", f"/api/questions/{qids[c_]}/screening",
                    {"screening": "out_of_scope", "note": "Thuộc thẩm quyền của Bộ Y tế"})
                self.assertEqual(status, 200, body)
            reason = wait_for(chi, 2)
            self.assertEqual(len(reason), 2)
            self.assertIn("không thuộc phạm vi", str(reason[1]["Subject"]))
            self.assertIn("Lý do: Thuộc thẩm quyền của Bộ Y tế", reason[1].get_content())
            time.sleep(2.5)  # two more ticks
            self.assertEqual(len(to(lan)), 1, "nothing after the unsubscribe")
            self.assertEqual(to(binh), [], "no mail without the contact consent")
        finally:
            stop_server(server)

    def test_follow(self):
        """Issue 14 item 2: following an issue by e-mail, double opt-in. The confirmation arrives
        with its signed link; GET on the link only shows a button, POST confirms; when the
        issue's answer is approved the follower gets it, with the one-click unsubscribe; an
        address that never confirmed gets nothing more."""
        base = f"http://127.0.0.1:{HTTP_PORT}"
        follower, silent = "theodoi@thanhnien.example.vn", "imlang@thanhnien.example.vn"
        server = start_server(self.db, "--mail-every-seconds", "1", "--public-url", base,
                              "--submissions-per-minute", "0", *self.mail_flags(TLS_PORT),
                              env=self.env())
        try:
            anon = urllib.request.build_opener()

            def call(method, path, body=None):
                req = urllib.request.Request(base + path, data=body, method=method)
                if body is not None:
                    req.add_header("Content-Type", "application/json")
                try:
                    with anon.open(req, timeout=10) as r:
                        return r.status, r.headers.get_content_type(), r.read().decode()
                except urllib.error.HTTPError as e:
                    return e.code, e.headers.get_content_type(), e.read().decode()

            def to(address):
                return [m for _, rcpt, m in self.recorder.snapshot() if rcpt == [address]]

            def wait_for(address, n):
                deadline = time.time() + 30
                while time.time() < deadline and len(to(address)) < n:
                    time.sleep(0.2)
                return to(address)

            # The demo's issue whose answer waits for the leader's approval.
            status, issues = Staff("sonoivu").call("GET", "/api/dialogues/1/issues")
            self.assertEqual(status, 200, issues)
            issue = next(i for i in issues["items"]
                         if i["answer"] and i["answer"]["status"] == "submitted")
            for address in (follower, silent):
                status, _, text = call("POST", f"/api/issues/{issue['id']}/follow",
                                       json.dumps({"email": address}).encode())
                self.assertEqual(status, 202, text)
            confirm = wait_for(follower, 1)
            self.assertEqual(len(confirm), 1)
            self.assertEqual(len(wait_for(silent, 1)), 1)
            self.assertIn("Xác nhận theo dõi", str(confirm[0]["Subject"]))
            body = confirm[0].get_content()
            self.assertIn(f"Nhóm vấn đề số {issue['id']}", body, "unanswered: named by number")
            link = re.search(r"(http://127\.0\.0\.1:\d+/api/follow/confirm\?token=[\w.-]+)", body)
            self.assertTrue(link, body)
            path = link.group(1)[len(base):]
            status, kind, page = call("GET", path)
            self.assertEqual((status, kind), (200, "text/html"), page)
            self.assertIn('<form method="post" action="/api/follow/confirm?format=html&amp;token=',
                          page)
            status, kind, text = call("POST", path, b"")
            self.assertEqual((status, kind), (200, "application/json"), text)
            self.assertEqual(json.loads(text)["confirmed"], True)

            status, body = Staff("chutich").call("POST", f"/api/issues/{issue['id']}/answer/approve")
            self.assertEqual(status, 200, body)
            notice = wait_for(follower, 2)
            self.assertEqual(len(notice), 2)
            self.assertIn("Đã có câu trả lời", str(notice[1]["Subject"]))
            self.assertIn(issue["answer"]["body"], notice[1].get_content())
            self.assertEqual(notice[1]["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
            self.assertRegex(str(notice[1]["List-Unsubscribe"]),
                             r"^<http://127\.0\.0\.1:\d+/api/unsubscribe\?token=[\w.-]+>$")
            time.sleep(2.5)  # two more ticks
            self.assertEqual(len(to(silent)), 1, "never confirmed: nothing after the confirmation")
        finally:
            stop_server(server)

    def check_messages(self, messages):
        per_address = {}
        ids = set()
        for mail_from, rcpt_tos, msg in messages:
            self.assertEqual(mail_from, FROM)
            self.assertEqual(len(rcpt_tos), 1)
            to = rcpt_tos[0]
            per_address[to] = per_address.get(to, 0) + 1
            self.assertEqual([a.addr_spec for a in msg["To"].addresses], [to])
            self.assertEqual(msg["From"].addresses[0].addr_spec, FROM)
            self.assertEqual(msg["From"].addresses[0].display_name, "Đối thoại thanh niên")
            subject = str(msg["Subject"])
            self.assertTrue(subject.startswith("[doithoai] Nhiệm vụ quá hạn: "), subject)
            self.assertNotIn("=?", subject)
            body = msg.get_content()
            self.assertIn("hạn", body)
            mid = msg["Message-ID"]
            self.assertRegex(mid, r"^<outbox-\d+\.\d+@tinhdoan\.example\.vn>$")
            self.assertNotIn(mid, ids, "one copy of each message")
            ids.add(mid)
        self.assertEqual(per_address, self.expected)


if __name__ == "__main__":
    unittest.main(verbosity=2)
