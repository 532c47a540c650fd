"""Shared fixtures and helpers for the cdklint language server tests.

Every test starts its own `cdklint server` process (CDKLINT_BIN) and talks to it with
pytest-lsp's client, initialised with the capabilities pytest-lsp recorded from real editors.
"""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import subprocess
import sys
from typing import Any, Callable

import pytest
import pytest_asyncio
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, LanguageClient

BIN = os.environ.get("CDKLINT_BIN") or str(
    pathlib.Path(__file__).resolve().parents[2] / "target" / "release" / "cdklint"
)

VSCODE = "visual_studio_code"  # 1.65.2: UTF-16 only, push diagnostics, dynamic file watching
NVIM_07 = "neovim@v0.7.0"  # UTF-16, push, no workspace/configuration
NVIM_011 = "neovim@v0.11.0"  # offers UTF-8, pulls diagnostics

# Sample CDK code.
TS_NET001 = (
    "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n"
    "const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n"
)
TS_NET001_FIXED = TS_NET001.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS")
PY_NET001 = "from aws_cdk import aws_ec2 as ec2\ns = ec2.SubnetType.PRIVATE_WITH_NAT\n"
PY_NET001_FIXED = PY_NET001.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS")
TS_DNS001 = (
    "import * as route53 from 'aws-cdk-lib/aws-route53';\n"
    "declare const alb: any;\n"
    "declare const zone: any;\n"
    "new route53.ARecord(this, 'A', { zone, target: "
    "route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName) });\n"
)


class Recorder:
    """Everything the server sent on its own: diagnostics with versions, registrations."""

    def __init__(self) -> None:
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []

    def latest(self, uri: str) -> types.PublishDiagnosticsParams | None:
        for p in reversed(self.published):
            if p.uri == uri:
                return p
        return None


def make_client(recorder: Recorder, configuration: dict | None) -> LanguageClient:
    client = LanguageClient(converter_factory=default_converter, configuration=configuration)
    for method, func in DEFAULT_CLIENT_FEATURES.items():
        if method != types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS:
            client.feature(method)(func)

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _publish(c: LanguageClient, params: types.PublishDiagnosticsParams):
        recorder.published.append(params)
        c.diagnostics[params.uri] = params.diagnostics

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def _register(c: LanguageClient, params: types.RegistrationParams):
        recorder.registrations.extend(params.registrations)
        return None

    return client


class Session:
    def __init__(self, client: LanguageClient, recorder: Recorder, result: types.InitializeResult, root: pathlib.Path):
        self.client = client
        self.recorder = recorder
        self.result = result
        self.root = root
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    # -- documents -------------------------------------------------------------------------
    def uri(self, name: str) -> str:
        return (self.root / name).as_uri()

    def open(self, name_or_uri: str, text: str, language: str = "typescript", write: bool = False) -> str:
        uri = name_or_uri if ":" in name_or_uri else self.uri(name_or_uri)
        if write:
            path = pathlib.Path(uri.removeprefix("file://"))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        self.versions[uri] = 1
        self.texts[uri] = text
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
            )
        )
        return uri

    def change(self, uri: str, changes: list[types.TextDocumentContentChangeEvent], new_text: str | None = None) -> int:
        self.versions[uri] += 1
        if new_text is not None:
            self.texts[uri] = new_text
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=changes,
            )
        )
        return self.versions[uri]

    def replace_all(self, uri: str, text: str) -> int:
        return self.change(uri, [types.TextDocumentContentChangeWholeDocument(text=text)], text)

    def close(self, uri: str) -> None:
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )

    # -- waiting ---------------------------------------------------------------------------
    async def published(
        self, uri: str, pred: Callable[[types.PublishDiagnosticsParams], bool] = lambda p: True, timeout: float = 15
    ) -> types.PublishDiagnosticsParams:
        """The latest push for `uri` once it satisfies `pred`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            latest = self.recorder.latest(uri)
            if latest is not None and pred(latest):
                return latest
            if loop.time() > deadline:
                raise AssertionError(f"no matching publishDiagnostics for {uri}; latest: {latest}")
            await asyncio.sleep(0.02)

    async def current(self, uri: str, timeout: float = 15) -> list[types.Diagnostic]:
        """Pushed diagnostics for the latest version sent."""
        version = self.versions[uri]
        p = await self.published(uri, lambda p: p.version == version, timeout)
        return list(p.diagnostics)

    async def pull(self, uri: str, previous: str | None = None):
        return await self.client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=previous
            )
        )

    async def code_actions(
        self, uri: str, rng: types.Range, diagnostics: list[types.Diagnostic], only: list[str] | None = None
    ) -> list[types.CodeAction]:
        result = await self.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=rng,
                context=types.CodeActionContext(
                    diagnostics=diagnostics,
                    only=[types.CodeActionKind(o) if o in _KINDS else o for o in only] if only else None,
                ),
            )
        )
        return [a for a in (result or []) if isinstance(a, types.CodeAction)]


_KINDS = {k.value for k in types.CodeActionKind}


def whole(text: str) -> types.Range:
    lines = text.split("\n")
    return types.Range(start=types.Position(line=0, character=0), end=types.Position(line=len(lines) - 1, character=0))


def col(line_text: str, substring: str, encoding: str = "utf-16") -> int:
    """Column of `substring` in a line, in code units of `encoding`."""
    prefix = line_text[: line_text.index(substring)]
    if encoding == "utf-16":
        return len(prefix.encode("utf-16-le")) // 2
    if encoding == "utf-8":
        return len(prefix.encode("utf-8"))
    return len(prefix)


def offset(text: str, pos: types.Position, encoding: str = "utf-16") -> int:
    """Python string index of an LSP position."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pos.line])
    line = lines[pos.line] if pos.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= pos.character:
            return start + i
        units += len(ch.encode("utf-16-le")) // 2 if encoding == "utf-16" else len(ch.encode("utf-8"))
    return start + len(line)


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    """Apply LSP text edits (all relative to `text`) the way an editor does."""
    spans = sorted(
        ((offset(text, e.range.start, encoding), offset(text, e.range.end, encoding), e.new_text) for e in edits),
        key=lambda s: (s[0], s[1]),
    )
    out, cursor = [], 0
    for start, end, new in spans:
        assert start >= cursor, "overlapping edits"
        out.append(text[cursor:start])
        out.append(new)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def edits_for(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    assert action.edit is not None, action
    if action.edit.changes:
        return list(action.edit.changes[uri])
    edits: list[types.TextEdit] = []
    for change in action.edit.document_changes or []:
        if isinstance(change, types.TextDocumentEdit) and change.text_document.uri == uri:
            edits.extend(change.edits)  # type: ignore[arg-type]
    return edits


def codes(diags) -> list[str]:
    return [str(d.code) for d in diags]


@pytest_asyncio.fixture
async def lsp(tmp_path: pathlib.Path):
    """Start servers: `session = await lsp(capabilities_name, init_options=..., folders=[...])`."""
    started: list[LanguageClient] = []

    async def start(
        caps: str | types.ClientCapabilities = VSCODE,
        init_options: Any = None,
        folders: list[pathlib.Path] | None = None,
        configuration: dict | None = None,
        env: dict | None = None,
    ) -> Session:
        recorder = Recorder()
        client = make_client(recorder, configuration)
        server_env = dict(os.environ)
        server_env.setdefault("CDKLINT_LOG", "warn")
        server_env.update(env or {})
        await client.start_io(BIN, "server", env=server_env)
        started.append(client)
        folders = folders or [tmp_path]
        result = await client.initialize_session(
            types.InitializeParams(
                capabilities=client_capabilities(caps) if isinstance(caps, str) else caps,
                root_uri=folders[0].as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=f.as_uri(), name=f.name) for f in folders],
                initialization_options=init_options,
            )
        )
        return Session(client, recorder, result, folders[0])

    yield start
    for client in started:
        try:
            # A client that fell behind reading large publishes gets the answer late.
            await asyncio.wait_for(client.shutdown_session(), 30)
        finally:
            # `stop()` waits for the process; one still writing to a client that stopped
            # reading would never exit, so the suite would hang rather than fail.
            server = client._server
            if server is not None and server.returncode is None:
                try:
                    await asyncio.wait_for(server.wait(), 5)
                except asyncio.TimeoutError:
                    server.kill()
            await client.stop()


class RawServer:
    """A bare JSON-RPC connection to `cdklint server`, for input no well-behaved client sends."""

    def __init__(self) -> None:
        env = dict(os.environ)
        env.setdefault("CDKLINT_LOG", "error")
        self.proc = subprocess.Popen(
            [BIN, "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
        self.next_id = 1

    def send_bytes(self, body: bytes) -> None:
        assert self.proc.stdin
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, msg: dict) -> None:
        self.send_bytes(json.dumps({"jsonrpc": "2.0", **msg}).encode())

    def request(self, method: str, params: Any = None) -> int:
        rid = self.next_id
        self.next_id += 1
        msg: dict = {"id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return rid

    def notify(self, method: str, params: Any = None) -> None:
        msg: dict = {"method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def read(self) -> dict:
        assert self.proc.stdout
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("server closed stdout")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        assert length is not None
        return json.loads(self.proc.stdout.read(length))

    def response(self, rid: int) -> dict:
        """Read messages until the response to `rid` (requests from the server get null)."""
        while True:
            msg = self.read()
            if msg.get("id") == rid and "method" not in msg:
                return msg
            if "method" in msg and "id" in msg:
                self.send({"id": msg["id"], "result": None})

    def initialize(self, caps: dict | None = None) -> dict:
        rid = self.request("initialize", {"processId": None, "rootUri": None, "capabilities": caps or {}})
        res = self.response(rid)
        self.notify("initialized", {})
        return res

    def close(self) -> int:
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
        except BrokenPipeError:
            pass
        return self.proc.wait(timeout=10)


@pytest.fixture
def raw():
    servers: list[RawServer] = []

    def start() -> RawServer:
        s = RawServer()
        servers.append(s)
        return s

    yield start
    for s in servers:
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.wait()


def pytest_report_header(config):
    return f"cdklint server binary: {BIN}" + ("" if os.path.exists(BIN) else " (missing!)")


sys.setrecursionlimit(10000)
