"""What the end-to-end checks share: a counter of checks, a snapshot of a
folder's files, and for the live preview (and its latency benchmark) a free
port and a reader of the server-sent events stream of `clusterpack serve`."""
import hashlib
import http.client
import json
import os
import socket
import threading
import time


class Checks:
    """check(ok, message): counts what passed and keeps each failure's
    message in `problems`; with echo, prints it at once as 'FAIL message'."""

    def __init__(self, echo=False):
        self.passed = self.failed = 0
        self.problems = []
        self.echo = echo

    def __call__(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            self.problems.append(message)
            if self.echo:
                print("FAIL " + message)
        return ok

    def summary(self):
        """Prints 'N passed, N failed'; the exit code."""
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def snapshot(root):
    """Every folder and file below root: a file's SHA-256, a link's target."""
    tree = {}
    for folder, dirs, files in os.walk(root):
        for d in dirs:
            tree[os.path.relpath(os.path.join(folder, d), root) + "/"] = "dir"
        for f in files:
            path = os.path.join(folder, f)
            if os.path.islink(path):
                tree[os.path.relpath(path, root)] = "link " + os.readlink(path)
                continue
            with open(path, "rb") as fh:
                tree[os.path.relpath(path, root)] = hashlib.sha256(fh.read()).hexdigest()
    return tree


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Events(threading.Thread):
    """Reads /__clusterpack/events; keeps every build event with the moment
    it arrived (time.monotonic)."""

    def __init__(self, port, timeout=600):
        super().__init__(daemon=True)
        self.port, self.timeout = port, timeout
        self.events, self.cond = [], threading.Condition()
        self.seen = 0

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        conn.request("GET", "/__clusterpack/events")
        res = conn.getresponse()
        while True:
            line = res.fp.readline()
            if not line:
                return
            if line.startswith(b"data: "):
                at = time.monotonic()
                with self.cond:
                    self.events.append((at, json.loads(line[6:])))
                    self.cond.notify_all()

    def wait_for_stamped(self, predicate, timeout=30):
        """(arrival, event): the first build event after the last one
        returned that matches; (None, None) after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for at, e in self.events:
                    if e["version"] > self.seen and predicate(e):
                        self.seen = e["version"]
                        return at, e
                left = deadline - time.monotonic()
                if left <= 0:
                    return None, None
                self.cond.wait(left)

    def wait_for(self, predicate, timeout=30):
        return self.wait_for_stamped(predicate, timeout)[1]
