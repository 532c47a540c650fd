"""Code actions: the lightbulb's fixes, suppressions and fix-all (what fix-on-save runs)."""

from __future__ import annotations

import pytest
from lsprotocol import types

from conftest import (
    NVIM_07,
    NVIM_011,
    PY_NET001,
    PY_NET001_FIXED,
    TS_DNS001,
    TS_NET001,
    TS_NET001_FIXED,
    VSCODE,
    apply_edits,
    codes,
    edits_for,
    whole,
)

FIX_ALL = "source.fixAll.cdklint"


def by_kind(actions, kind):
    return [a for a in actions if a.kind == kind]


async def test_net001_quick_fix_produces_the_fixed_source(lsp):
    s = await lsp(VSCODE)
    uri = s.open("app.ts", TS_NET001)
    diags = await s.current(uri)
    actions = await s.code_actions(uri, diags[0].range, diags, only=["quickfix"])
    fixes = [a for a in actions if a.is_preferred]
    assert len(fixes) == 1, actions
    fix = fixes[0]
    assert fix.kind == types.CodeActionKind.QuickFix
    assert "PRIVATE_WITH_EGRESS" in fix.title
    assert apply_edits(TS_NET001, edits_for(fix, uri)) == TS_NET001_FIXED
    # After applying it the diagnostic goes away.
    s.replace_all(uri, TS_NET001_FIXED)
    assert await s.current(uri) == []


async def test_quick_fix_edits_on_a_line_with_emoji_are_in_utf16(lsp):
    s = await lsp(VSCODE)
    text = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst l = '🪣🪣 桶'; const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n"
    uri = s.open("emoji.ts", text)
    diags = await s.current(uri)
    actions = await s.code_actions(uri, diags[0].range, diags)
    fix = next(a for a in actions if a.is_preferred)
    assert apply_edits(text, edits_for(fix, uri), "utf-16") == text.replace("NAT;", "EGRESS;")


async def test_quick_fix_in_utf8_for_a_client_that_offers_it(lsp):
    s = await lsp(NVIM_011)
    text = "from aws_cdk import aws_ec2 as ec2\nl = '🪣 桶'; s = ec2.SubnetType.PRIVATE_WITH_NAT\n"
    uri = s.open("emoji.py", text, language="python")
    report = await s.pull(uri)
    actions = await s.code_actions(uri, report.items[0].range, list(report.items))
    fix = next(a for a in actions if a.is_preferred)
    assert apply_edits(text, edits_for(fix, uri), "utf-8") == text.replace("_NAT\n", "_EGRESS\n")


async def test_python_quick_fix(lsp):
    s = await lsp(NVIM_07)
    uri = s.open("app.py", PY_NET001, language="python")
    diags = await s.current(uri)
    actions = await s.code_actions(uri, diags[0].range, diags)
    fix = next(a for a in actions if a.is_preferred)
    assert apply_edits(PY_NET001, edits_for(fix, uri)) == PY_NET001_FIXED


async def test_unsafe_fix_is_offered_but_not_preferred_and_adds_the_import(lsp):
    s = await lsp(VSCODE)
    uri = s.open("dns.ts", TS_DNS001)
    diags = await s.current(uri)
    actions = await s.code_actions(uri, diags[0].range, diags)
    quick = [a for a in actions if a.kind == types.CodeActionKind.QuickFix and not a.title.startswith("Disable")]
    assert len(quick) == 1
    assert not quick[0].is_preferred
    assert "unsafe" in quick[0].title
    fixed = apply_edits(TS_DNS001, edits_for(quick[0], uri))
    assert "import * as targets from 'aws-cdk-lib/aws-route53-targets';" in fixed
    assert "route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb))" in fixed
    s.replace_all(uri, fixed)
    assert await s.current(uri) == []


@pytest.mark.parametrize(
    ("name", "language", "text", "comment"),
    [
        ("app.ts", "typescript", TS_NET001, "// cdklint-disable-next-line NET001"),
        ("app.py", "python", PY_NET001, "# cdklint: ignore[NET001]"),
    ],
)
async def test_disable_for_this_line_inserts_a_suppression_comment(lsp, name, language, text, comment):
    # Indent the flagged line to check the comment keeps the indentation.
    lines = text.split("\n")
    if language == "typescript":
        lines[1] = "if (true) {\n    " + lines[1] + "\n}"
    text = "\n".join(lines)
    s = await lsp(VSCODE)
    uri = s.open(name, text, language=language)
    diags = await s.current(uri)
    actions = await s.code_actions(uri, diags[0].range, diags)
    disable = [a for a in actions if a.title == "Disable NET001 for this line"]
    assert len(disable) == 1
    assert not disable[0].is_preferred
    suppressed = apply_edits(text, edits_for(disable[0], uri))
    flagged_line = diags[0].range.start.line
    new_lines = suppressed.split("\n")
    indent = new_lines[flagged_line + 1][: len(new_lines[flagged_line + 1]) - len(new_lines[flagged_line + 1].lstrip())]
    assert new_lines[flagged_line] == indent + comment
    s.replace_all(uri, suppressed)
    assert await s.current(uri) == [], "suppressed, and the suppression is used (no SUP001)"


async def test_disable_extends_an_existing_suppression_comment(lsp):
    text = (
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n"
        "import * as route53 from 'aws-cdk-lib/aws-route53';\n"
        "declare const alb: any;\n"
        "// cdklint-disable-next-line NET001\n"
        "const x = [ec2.SubnetType.PRIVATE_WITH_NAT, route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName)];\n"
    )
    s = await lsp(VSCODE)
    uri = s.open("two.ts", text)
    diags = await s.current(uri)
    assert codes(diags) == ["DNS001"]
    actions = await s.code_actions(uri, diags[0].range, diags)
    disable = next(a for a in actions if a.title == "Disable DNS001 for this line")
    suppressed = apply_edits(text, edits_for(disable, uri))
    assert "// cdklint-disable-next-line NET001, DNS001\n" in suppressed
    s.replace_all(uri, suppressed)
    assert await s.current(uri) == []


MIXED = TS_DNS001 + "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst a = ec2.SubnetType.PRIVATE_WITH_NAT;\nconst b = ec2.SubnetType.PRIVATE_WITH_NAT;\n"


@pytest.mark.parametrize("only", [["source.fixAll"], [FIX_ALL], ["source"]])
async def test_fix_all_applies_every_safe_fix_with_no_diagnostics_in_the_context(lsp, only):
    s = await lsp(VSCODE)
    uri = s.open("mixed.ts", MIXED)
    assert sorted(codes(await s.current(uri))) == ["DNS001", "NET001", "NET001"]
    actions = await s.code_actions(uri, whole(MIXED), [], only=only)
    assert [a.kind for a in actions] == [FIX_ALL], "only the fix-all action for a source request"
    fixed = apply_edits(MIXED, edits_for(actions[0], uri))
    assert fixed == MIXED.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS"), "unsafe DNS001 fix not applied"
    s.replace_all(uri, fixed)
    assert codes(await s.current(uri)) == ["DNS001"]


async def test_fix_all_without_a_filter_is_resolved_lazily_for_clients_that_can(lsp):
    s = await lsp(VSCODE)  # resolveSupport: ["edit"]
    uri = s.open("mixed.ts", MIXED)
    diags = await s.current(uri)
    actions = await s.code_actions(uri, diags[0].range, diags)
    fix_all = by_kind(actions, FIX_ALL)
    assert len(fix_all) == 1 and fix_all[0].edit is None
    resolved = await s.client.code_action_resolve_async(fix_all[0])
    assert apply_edits(MIXED, edits_for(resolved, uri)) == MIXED.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS")


async def test_fix_all_asked_for_explicitly_comes_with_its_edit(lsp):
    s = await lsp(NVIM_07)
    uri = s.open("mixed.ts", MIXED)
    actions = await s.code_actions(uri, whole(MIXED), [], only=[FIX_ALL])
    assert apply_edits(MIXED, edits_for(actions[0], uri)) == MIXED.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS")


async def test_fix_all_with_nothing_to_fix_offers_nothing(lsp):
    s = await lsp(VSCODE)
    uri = s.open("dns.ts", TS_DNS001)
    await s.current(uri)
    assert await s.code_actions(uri, whole(TS_DNS001), [], only=["source.fixAll"]) == []


async def test_fix_all_sees_edits_sent_just_before_it(lsp):
    s = await lsp(VSCODE)
    uri = s.open("app.ts", "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n")
    await s.current(uri)
    s.replace_all(uri, TS_NET001)
    # No waiting for diagnostics: the request is ordered after the change.
    actions = await s.code_actions(uri, whole(TS_NET001), [], only=[FIX_ALL])
    assert apply_edits(TS_NET001, edits_for(actions[0], uri)) == TS_NET001_FIXED


async def test_a_stale_quick_fix_is_not_offered_after_the_text_changed(lsp):
    s = await lsp(VSCODE)
    uri = s.open("app.ts", TS_NET001)
    diags = await s.current(uri)
    s.replace_all(uri, TS_NET001.replace("const s =", "const ss ="))
    actions = await s.code_actions(uri, diags[0].range, diags, only=["quickfix"])
    assert [a for a in actions if a.is_preferred] == []
