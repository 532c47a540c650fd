"""Input no well-behaved client sends: the server answers, logs and carries on."""

from __future__ import annotations

import pytest
from pygls.exceptions import JsonRpcMethodNotFound

from conftest import TS_NET001, VSCODE, codes

OPEN = {
    "textDocument": {
        "uri": "file:///w/app.ts",
        "languageId": "typescript",
        "version": 1,
        "text": TS_NET001,
    }
}


def pull(server, uri="file:///w/app.ts"):
    rid = server.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    return server.response(rid)


def test_garbage_unknown_methods_and_bad_params_get_errors_and_the_server_keeps_answering(raw):
    s = raw()
    s.initialize({"textDocument": {"diagnostic": {}}})
    s.notify("textDocument/didOpen", OPEN)

    s.send_bytes(b"{this is not json")
    parse_error = s.read()
    assert parse_error["error"]["code"] == -32700 and parse_error["id"] is None

    s.send_bytes(b'{"jsonrpc": "2.0", "id": 77, "params": 12}')  # no method
    bad = s.read()
    assert "error" in bad

    rid = s.request("cdklint/doesNotExist", {"x": 1})
    assert s.response(rid)["error"]["code"] == -32601  # MethodNotFound

    rid = s.request("textDocument/codeAction", {"textDocument": 42})
    assert s.response(rid)["error"]["code"] == -32602  # InvalidParams

    rid = s.request("textDocument/hover", None)
    assert s.response(rid)["error"]["code"] == -32602

    # Notifications with bad params are dropped (notifications get no answer).
    s.notify("textDocument/didChange", {"textDocument": {"uri": 5}, "contentChanges": "x"})
    s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///w/app.ts", "version": 2}, "contentChanges": [
        {"range": {"start": {"line": 999, "character": 999}, "end": {"line": -1, "character": 0}}, "text": "?"}
    ]})
    s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///w/app.ts", "version": 3}, "contentChanges": [
        {"range": {"start": {"line": 999, "character": 999}, "end": {"line": 1000, "character": 5}}, "text": "//"}
    ]})
    s.notify("$/unknownNotification", {"a": 1})
    s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///never/opened.ts", "version": 2}, "contentChanges": []})

    # Still alive, still correct: the out-of-range edit clamped to the end of the text (and the
    # change with a negative line was dropped as bad params).
    result = pull(s)["result"]
    assert [d["code"] for d in result["items"]] == ["NET001"]

    rid = s.request("shutdown")
    assert s.response(rid)["result"] is None
    s.notify("exit")
    assert s.proc.wait(timeout=10) == 0


def test_exit_without_shutdown_exits_with_1(raw):
    s = raw()
    s.initialize()
    s.notify("exit")
    assert s.proc.wait(timeout=10) == 1


def test_requests_before_initialize_are_refused_and_closing_stdin_ends_the_server(raw):
    s = raw()
    rid = s.request("textDocument/hover", {"textDocument": {"uri": "file:///a.ts"}, "position": {"line": 0, "character": 0}})
    assert s.response(rid)["error"]["code"] == -32002  # ServerNotInitialized
    s.initialize()
    assert s.close() == 1


def test_requests_after_shutdown_are_invalid(raw):
    s = raw()
    s.initialize()
    assert s.response(s.request("shutdown"))["result"] is None
    rid = s.request("textDocument/diagnostic", {"textDocument": {"uri": "file:///w/app.ts"}})
    assert s.response(rid)["error"]["code"] == -32600
    s.notify("exit")
    assert s.proc.wait(timeout=10) == 0


async def test_the_pytest_lsp_client_sees_method_not_found(lsp):
    s = await lsp(VSCODE)
    with pytest.raises(JsonRpcMethodNotFound):
        await s.client.protocol.send_request_async("cdklint/nope", {})
    uri = s.open("app.ts", TS_NET001)
    assert codes(await s.current(uri)) == ["NET001"]


async def test_binary_and_broken_sources_do_not_break_linting(lsp):
    s = await lsp(VSCODE)
    junk = "\x00\x01\ufffd" * 100 + "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n(((( {{{{ ]]]]\n" + "'" * 50
    uri = s.open("junk.ts", junk)
    await s.current(uri)
    uri2 = s.open("ok.ts", TS_NET001)
    assert codes(await s.current(uri2)) == ["NET001"]
