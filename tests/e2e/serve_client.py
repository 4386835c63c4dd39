"""What the live-preview checks and the latency benchmark share: a free
port, and a reader of the server-sent events stream of `clusterpack serve`."""
import http.client
import json
import socket
import threading
import time


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
