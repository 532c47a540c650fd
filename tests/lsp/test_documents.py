"""Document sync and pushed diagnostics: what a user sees as they open, type and close."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from conftest import (
    NVIM_07,
    NVIM_011,
    PY_NET001,
    TS_DNS001,
    TS_NET001,
    TS_NET001_FIXED,
    VSCODE,
    codes,
    col,
)


def pos(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def edit(l1: int, c1: int, l2: int, c2: int, text: str) -> types.TextDocumentContentChangePartial:
    return types.TextDocumentContentChangePartial(range=types.Range(start=pos(l1, c1), end=pos(l2, c2)), text=text)


async def test_open_publishes_net001_with_code_link_source_severity_and_version(lsp):
    s = await lsp(VSCODE)
    uri = s.open("app.ts", TS_NET001)
    diags = await s.current(uri)
    assert codes(diags) == ["NET001"]
    d = diags[0]
    assert d.source == "cdklint"
    assert d.severity == types.DiagnosticSeverity.Warning
    assert d.code_description is not None
    assert d.code_description.href.endswith("/NET001.md")
    assert "PRIVATE_WITH_NAT" in d.message
    line = TS_NET001.split("\n")[1]
    assert d.range == types.Range(
        start=pos(1, col(line, "ec2.SubnetType")), end=pos(1, len(line) - 1)
    ), "the range covers `ec2.SubnetType.PRIVATE_WITH_NAT`"
    assert d.data["fix"]["applicability"] == "safe"


async def test_python_files_get_the_same_rule(lsp):
    s = await lsp(VSCODE)
    uri = s.open("app.py", PY_NET001, language="python")
    diags = await s.current(uri)
    assert codes(diags) == ["NET001"]
    assert diags[0].range.start == pos(1, 4)


async def test_dns001_is_an_error_with_an_unsafe_fix(lsp):
    s = await lsp(VSCODE)
    uri = s.open("dns.ts", TS_DNS001)
    diags = await s.current(uri)
    assert codes(diags) == ["DNS001"]
    assert diags[0].severity == types.DiagnosticSeverity.Error
    assert diags[0].data["fix"]["applicability"] == "unsafe"


async def test_editing_the_problem_away_clears_it_and_closing_clears_everything(lsp):
    s = await lsp(VSCODE)
    uri = s.open("app.ts", TS_NET001)
    assert codes(await s.current(uri)) == ["NET001"]

    line = TS_NET001.split("\n")[1]
    start = col(line, "NAT")
    s.change(uri, [edit(1, start, 1, start + 3, "EGRESS")], TS_NET001_FIXED)
    assert await s.current(uri) == []

    # And back: typing the deprecated name again brings the diagnostic back.
    start = col(TS_NET001_FIXED.split("\n")[1], "EGRESS")
    s.change(uri, [edit(1, start, 1, start + 6, "NAT")], TS_NET001)
    assert codes(await s.current(uri)) == ["NET001"]

    s.close(uri)
    closed = await s.published(uri, lambda p: p.version is None)
    assert list(closed.diagnostics) == []


async def test_utf16_ranges_on_a_line_with_emoji_and_cjk_before_the_code(lsp):
    s = await lsp(VSCODE)
    assert s.result.capabilities.position_encoding in (None, types.PositionEncodingKind.Utf16)
    line = "const label = '🪣 桶 ✓ 🚀'; const s = ec2.SubnetType.PRIVATE_WITH_NAT; // 😀"
    text = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n" + line + "\n"
    uri = s.open("emoji.ts", text)
    diags = await s.current(uri)
    assert codes(diags) == ["NET001"]
    start = col(line, "ec2.SubnetType", "utf-16")
    end = col(line, ";", "utf-16") if False else col(line, "; //", "utf-16")
    assert start != col(line, "ec2.SubnetType", "utf-8"), "the sample must tell the encodings apart"
    assert diags[0].range == types.Range(start=pos(1, start), end=pos(1, end))
    # The fix edit is in UTF-16 too.
    fix_range = diags[0].data["fix"]["edits"][0]["range"]
    assert fix_range["start"] == {"line": 1, "character": col(line, "PRIVATE_WITH_NAT", "utf-16")}


async def test_utf16_for_neovim_07_which_offers_no_encodings(lsp):
    s = await lsp(NVIM_07)
    line = "x = '桶🪣'; s = ec2.SubnetType.PRIVATE_WITH_NAT"
    uri = s.open("emoji.py", "from aws_cdk import aws_ec2 as ec2\n" + line + "\n", language="python")
    diags = await s.current(uri)
    assert diags[0].range.start == pos(1, col(line, "ec2.SubnetType", "utf-16"))


async def test_utf8_positions_when_the_client_offers_utf8(lsp):
    s = await lsp(NVIM_011)
    assert s.result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    line = "const label = '🪣 桶'; const s = ec2.SubnetType.PRIVATE_WITH_NAT;"
    text = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n" + line + "\n"
    uri = s.open("emoji.ts", text)
    report = await s.pull(uri)
    assert codes(report.items) == ["NET001"]
    assert report.items[0].range.start == pos(1, col(line, "ec2.SubnetType", "utf-8"))

    # Incremental edits are read in UTF-8 too: insert after the emoji and the CJK character.
    at = col(line, "'; const", "utf-8")
    s.change(uri, [edit(1, at, 1, at, " 🚀")])
    line2 = line.replace("桶'", "桶 🚀'")
    report = await s.pull(uri)
    assert report.items[0].range.start == pos(1, col(line2, "ec2.SubnetType", "utf-8"))


async def test_a_burst_of_200_incremental_edits_ends_with_diagnostics_for_the_final_text(lsp):
    s = await lsp(VSCODE)
    header = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n"
    uri = s.open("burst.ts", header)
    await s.current(uri)
    text = header
    # Type 40 lines character by character in chunks; every 4th line uses the deprecated name.
    expected_lines = []
    edits_sent = 0
    line_no = 1
    while edits_sent < 200:
        member = "PRIVATE_WITH_NAT" if line_no % 4 == 0 else "PRIVATE_ISOLATED"
        new_line = f"const s{line_no} = ec2.SubnetType.{member};\n"
        for i in range(0, len(new_line), 9):
            chunk = new_line[i : i + 9]
            lines = text.split("\n")
            last = len(lines) - 1
            s.change(uri, [edit(last, len(lines[last]), last, len(lines[last]), chunk)])
            text += chunk
            edits_sent += 1
        if member == "PRIVATE_WITH_NAT":
            expected_lines.append(line_no)
        line_no += 1
    # A few edits that delete text again (a range spanning a line break).
    lines = text.split("\n")
    s.change(uri, [edit(1, 0, 2, 0, "")])
    text = "\n".join(lines[:1] + lines[2:])
    expected_lines = [n - 1 for n in expected_lines if n != 1]

    final = s.versions[uri]
    diags = await s.current(uri)
    assert [d.range.start.line for d in diags] == expected_lines
    assert all(str(d.code) == "NET001" for d in diags)
    # Diagnostics were never published for a version older than one already published.
    versions = [p.version for p in s.recorder.published if p.uri == uri]
    assert versions == sorted(versions)
    assert versions[-1] == final
    assert len(versions) < 100, "lints are debounced while typing"


async def test_untitled_buffers_are_linted_by_language_id(lsp):
    s = await lsp(VSCODE)
    uri = s.open("untitled:Untitled-1", PY_NET001, language="python")
    assert codes(await s.current(uri)) == ["NET001"]


async def test_other_languages_get_no_diagnostics(lsp):
    s = await lsp(VSCODE)
    uri = s.open("notes.md", TS_NET001, language="markdown")
    assert await s.current(uri) == []


async def test_a_file_of_40000_lines_stays_responsive(lsp):
    s = await lsp(VSCODE)
    body = "".join(
        f"new s3.Bucket(this, 'B{i}', {{ versioned: true }});\n" for i in range(40_000)
    )
    text = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n" + body
    text += "const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n"
    uri = s.open("big.ts", text)
    diags = await s.current(uri, timeout=60)
    assert [d.range.start.line for d in diags if str(d.code) == "NET001"] == [40_002]
    # Typing at the top moves the diagnostic down one line, and the server answers requests.
    s.change(uri, [edit(0, 0, 0, 0, "// header\n")])
    hover = s.client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=pos(40_003, 12))
    )
    result = await asyncio.wait_for(hover, 60)
    assert result is not None and "NET001" in result.contents.value
    diags = await s.current(uri, timeout=60)
    assert [d.range.start.line for d in diags if str(d.code) == "NET001"] == [40_003]


async def test_each_workspace_folder_finds_its_own_config(lsp, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "cdklint.toml").write_text('ignore = ["NET001"]\n')
    s = await lsp(VSCODE, folders=[a, b])
    ua = s.open((a / "lib" / "stack.ts").as_uri(), TS_NET001)
    ub = s.open((b / "lib" / "stack.ts").as_uri(), TS_NET001)
    assert await s.current(ua) == []
    assert codes(await s.current(ub)) == ["NET001"]


async def test_many_open_documents_each_keep_correct_diagnostics_after_edits(lsp):
    # More documents than the server keeps syntax trees for: the oldest are re-parsed from
    # scratch on their next edit, which must not change what is reported.
    s = await lsp(VSCODE)
    uris = [s.open(f"doc{i}.ts", TS_NET001) for i in range(24)]
    for uri in uris:
        assert codes(await s.current(uri)) == ["NET001"]
    for uri in uris[:4]:
        line = TS_NET001.split("\n")[1]
        start = col(line, "NAT")
        s.change(uri, [edit(1, start, 1, start + 3, "EGRESS")])
    for uri in uris[:4]:
        assert await s.current(uri) == []
    for uri in uris[4:]:
        assert codes(s.recorder.latest(uri).diagnostics) == ["NET001"]
