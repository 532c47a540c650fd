"""Pull diagnostics, hover, configuration files and editor settings."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from pytest_lsp import client_capabilities

from conftest import (
    NVIM_07,
    NVIM_011,
    PY_NET001,
    TS_DNS001,
    TS_NET001,
    VSCODE,
    codes,
)


async def test_capabilities_for_a_push_client(lsp):
    s = await lsp(VSCODE)
    caps = s.result.capabilities
    assert s.result.server_info.name == "cdklint"
    sync = caps.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Incremental and sync.open_close
    assert caps.diagnostic_provider is None, "VS Code 1.65 does not pull: diagnostics are pushed"
    kinds = caps.code_action_provider.code_action_kinds
    assert types.CodeActionKind.QuickFix in kinds and "source.fixAll.cdklint" in kinds
    assert caps.hover_provider
    assert caps.workspace.workspace_folders.supported
    # Config files are watched through dynamic registration.
    for _ in range(100):
        if s.recorder.registrations:
            break
        await asyncio.sleep(0.02)
    watchers = [
        w["globPattern"]
        for r in s.recorder.registrations
        if r.method == "workspace/didChangeWatchedFiles"
        for w in r.register_options["watchers"]
    ]
    # Configuration, project rules, and the sources and manifests the workspace index reads.
    assert "**/cdklint.toml" in watchers and "**/pyproject.toml" in watchers
    assert "**/rule.toml" in watchers and "**/*.scm" in watchers
    assert any(w.startswith("**/*.{ts") for w in watchers)
    assert any("package-lock.json" in w for w in watchers)


async def test_pull_diagnostics_for_a_client_that_pulls_and_no_push(lsp):
    s = await lsp(NVIM_011)
    provider = s.result.capabilities.diagnostic_provider
    assert provider is not None and provider.identifier == "cdklint"
    uri = s.open("app.ts", TS_NET001 + TS_DNS001)
    report = await s.pull(uri)
    assert report.kind == "full"
    assert sorted(codes(report.items)) == ["DNS001", "NET001"]
    assert all(d.source == "cdklint" and d.data for d in report.items)
    # Same version, same configuration: unchanged.
    again = await s.pull(uri, previous=report.result_id)
    assert again.kind == "unchanged" and again.result_id == report.result_id
    # An edit right before the pull is seen by it.
    s.replace_all(uri, TS_DNS001)
    report = await s.pull(uri, previous=report.result_id)
    assert report.kind == "full" and codes(report.items) == ["DNS001"]
    await asyncio.sleep(0.3)
    assert s.recorder.published == [], "a pull client gets no pushed diagnostics"


async def test_pull_for_a_document_that_is_not_open_is_empty(lsp):
    s = await lsp(NVIM_011)
    report = await s.pull(s.uri("nowhere.ts"))
    assert report.kind == "full" and list(report.items) == []


async def test_hover_over_a_flagged_range_shows_the_rule_doc(lsp):
    s = await lsp(VSCODE)
    uri = s.open("app.ts", TS_NET001)
    diags = await s.current(uri)
    inside = types.Position(line=1, character=diags[0].range.start.character + 5)
    hover = await s.client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=inside)
    )
    assert hover is not None
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "deprecated-subnet-type (NET001)" in hover.contents.value
    assert "## Why is this bad?" in hover.contents.value
    assert hover.range == diags[0].range
    outside = await s.client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=3))
    )
    assert outside is None


async def test_writing_cdklint_toml_relints_open_documents(lsp, tmp_path):
    s = await lsp(VSCODE)
    ts = s.open("lib/stack.ts", TS_NET001, write=True)
    py = s.open("app.py", PY_NET001, language="python", write=True)
    assert codes(await s.current(ts)) == ["NET001"]
    assert codes(await s.current(py)) == ["NET001"]
    count = len(s.recorder.published)

    config = tmp_path / "cdklint.toml"
    config.write_text('ignore = ["NET001"]\n')
    s.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    await s.published(ts, lambda p: len(p.diagnostics) == 0)
    await s.published(py, lambda p: len(p.diagnostics) == 0)
    assert len(s.recorder.published) > count

    # Deleting it brings the diagnostics back.
    config.unlink()
    s.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Deleted)]
        )
    )
    await s.published(ts, lambda p: codes(p.diagnostics) == ["NET001"])


async def test_pyproject_tool_section_and_refresh_for_pull_clients(lsp, tmp_path):
    s = await lsp(NVIM_011)
    uri = s.open("app.py", PY_NET001, language="python", write=True)
    assert codes((await s.pull(uri)).items) == ["NET001"]
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\n\n[tool.cdklint]\nignore = ["NET"]\n')
    s.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=(tmp_path / "pyproject.toml").as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    assert list((await s.pull(uri)).items) == []
    # Neovim 0.11 does not advertise refresh support, so none is sent.
    assert s.client.diagnostic_refresh_count == 0


async def test_a_broken_config_is_shown_once_and_defaults_apply(lsp, tmp_path):
    (tmp_path / "cdklint.toml").write_text('select = ["NET"]\n\n[severity]\nNET001 = "loud"\n')
    s = await lsp(VSCODE)
    a = s.open("a.ts", TS_NET001, write=True)
    b = s.open("b.ts", TS_DNS001, write=True)
    assert codes(await s.current(a)) == ["NET001"]
    assert codes(await s.current(b)) == ["DNS001"], "defaults: every rule runs"
    s.replace_all(a, TS_NET001 + "\n")
    await s.current(a)
    shown = [m for m in s.client.messages if "cdklint.toml" in m.message]
    assert len(shown) == 1, s.client.messages
    assert shown[0].type == types.MessageType.Error
    assert "cdklint.toml:4" in shown[0].message and "severity.NET001" in shown[0].message


async def test_initialization_options_select_ignore_and_severity(lsp):
    s = await lsp(NVIM_07, init_options={"cdklint": {"ignore": ["DNS"], "severity": {"NET001": "error"}}})
    uri = s.open("app.ts", TS_NET001 + TS_DNS001)
    diags = await s.current(uri)
    assert codes(diags) == ["NET001"]
    assert diags[0].severity == types.DiagnosticSeverity.Error


async def test_did_change_configuration_applies_editor_settings_live(lsp, tmp_path):
    (tmp_path / "cdklint.toml").write_text('[severity]\nNET001 = "info"\n')
    s = await lsp(VSCODE)
    uri = s.open("app.ts", TS_NET001 + TS_DNS001, write=True)
    diags = await s.current(uri)
    assert {str(d.code): d.severity for d in diags} == {
        "NET001": types.DiagnosticSeverity.Information,
        "DNS001": types.DiagnosticSeverity.Error,
    }
    s.client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"cdklint": {"select": ["NET"], "severity": {"NET001": "error"}}})
    )
    p = await s.published(uri, lambda p: codes(p.diagnostics) == ["NET001"])
    assert p.diagnostics[0].severity == types.DiagnosticSeverity.Error


async def test_settings_are_pulled_with_workspace_configuration(lsp):
    s = await lsp(VSCODE, configuration={"": {"cdklint": {"ignore": ["NET001"]}}})
    uri = s.open("app.ts", TS_NET001 + TS_DNS001)
    await s.published(uri, lambda p: codes(p.diagnostics) == ["DNS001"])
    # A change notification without settings makes the server pull them again.
    s.client.set_configuration({"cdklint": {"ignore": ["DNS001"]}})
    s.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await s.published(uri, lambda p: codes(p.diagnostics) == ["NET001"])


async def test_bad_editor_settings_are_reported_and_the_rest_applies(lsp):
    s = await lsp(NVIM_07, init_options={"cdklint": {"ignore": ["NOPE42", "DNS001"]}})
    uri = s.open("app.ts", TS_NET001 + TS_DNS001)
    assert codes(await s.current(uri)) == ["NET001"]
    assert any("NOPE42" in m.message for m in s.client.messages)


async def test_unrelated_configuration_changes_keep_the_settings(lsp):
    s = await lsp(NVIM_07, init_options={"cdklint": {"ignore": ["DNS"]}})
    uri = s.open("app.ts", TS_NET001 + TS_DNS001)
    assert codes(await s.current(uri)) == ["NET001"]
    s.client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"typescript": {"format": {"enable": True}}})
    )
    s.replace_all(uri, TS_DNS001 + TS_NET001)
    assert codes(await s.current(uri)) == ["NET001"]


async def test_config_change_asks_a_pull_client_with_refresh_support_to_pull_again(lsp, tmp_path):
    caps = client_capabilities(VSCODE)
    caps.text_document.diagnostic = types.DiagnosticClientCapabilities()
    caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    s = await lsp(caps)
    assert s.result.capabilities.diagnostic_provider is not None
    uri = s.open("app.ts", TS_NET001, write=True)
    assert codes((await s.pull(uri)).items) == ["NET001"]
    (tmp_path / "cdklint.toml").write_text('ignore = ["NET001"]\n')
    before = s.client.diagnostic_refresh_count
    s.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=(tmp_path / "cdklint.toml").as_uri(), type=types.FileChangeType.Created)]
        )
    )
    for _ in range(250):
        if s.client.diagnostic_refresh_count > before:
            break
        await asyncio.sleep(0.02)
    assert s.client.diagnostic_refresh_count > before
    assert list((await s.pull(uri)).items) == []


async def test_saving_cdklint_toml_in_the_editor_relints(lsp, tmp_path):
    # For clients that do not watch files: saving the config buffer is enough.
    s = await lsp(NVIM_07)
    ts = s.open("lib/stack.ts", TS_NET001, write=True)
    assert codes(await s.current(ts)) == ["NET001"]
    config = s.open("cdklint.toml", "", language="toml", write=True)
    await s.current(config)
    (tmp_path / "cdklint.toml").write_text('ignore = ["NET001"]\n')
    s.client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=config))
    )
    await s.published(ts, lambda p: len(p.diagnostics) == 0)
