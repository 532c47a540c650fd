-- Headless Neovim end-to-end test of `cdklint server` through editors/nvim.
--
--   CDKLINT_BIN=target/release/cdklint nvim --headless --clean \
--     --cmd 'set rtp^=editors/nvim' -c 'luafile tests/nvim/test.lua'
--
-- Any failure ends Neovim with `cquit 1`.

local bin = os.getenv('CDKLINT_BIN')
local root_of_plugin = vim.fn.fnamemodify(vim.api.nvim_get_runtime_file('lua/cdklint/init.lua', false)[1], ':h:h:h')
local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end
local passed = 0
local function pass(msg)
  passed = passed + 1
  io.stdout:write('ok - ' .. msg .. '\n')
end

local ok, err = pcall(function()
  if not bin or vim.fn.executable(bin) ~= 1 then
    fail('CDKLINT_BIN is not an executable: ' .. tostring(bin))
  end
  vim.cmd('filetype on')

  -- A small CDK project: cdk.json marks the root.
  local root = vim.fn.tempname()
  vim.fn.mkdir(root .. '/lib', 'p')
  vim.fn.writefile({ '{"app": "npx ts-node bin/app.ts"}' }, root .. '/cdk.json')
  local lines = {
    "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
    "import * as route53 from 'aws-cdk-lib/aws-route53';",
    'declare const alb: any;',
    "const label = '🪣 桶'; const s = ec2.SubnetType.PRIVATE_WITH_NAT;",
    "const t = route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName);",
  }
  vim.fn.writefile(lines, root .. '/lib/stack.ts')

  local cdklint = require('cdklint')
  cdklint.setup({ cmd = { bin, 'server' }, fix_on_save = true })

  vim.cmd('edit ' .. root .. '/lib/stack.ts')
  local bufnr = vim.api.nvim_get_current_buf()

  local function codes()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(list, tostring(d.code))
    end
    table.sort(list)
    return table.concat(list, ',')
  end

  if not vim.wait(15000, function() return codes() == 'DNS001,NET001' end, 50) then
    fail('expected DNS001,NET001 diagnostics, got "' .. codes() .. '"')
  end
  local client = cdklint.client(bufnr)
  if client == nil then
    fail('no cdklint client attached')
  end
  if client.config.root_dir ~= root then
    fail('root_dir ' .. tostring(client.config.root_dir) .. ' is not ' .. root)
  end
  pass('diagnostics DNS001,NET001 on attach, root ' .. root)

  -- The NET001 range, converted by Neovim from the server's UTF-16 columns to bytes, must
  -- point at `ec2.SubnetType` on the line with the emoji.
  local net
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'NET001' then
      net = d
    end
  end
  local expected_col = (lines[4]:find('ec2.SubnetType', 1, true)) - 1
  if net.lnum ~= 3 or net.col ~= expected_col then
    fail(string.format('NET001 at %d:%d, expected 3:%d', net.lnum, net.col, expected_col))
  end
  pass('NET001 range is right on a line with emoji and CJK (utf-16 -> byte col ' .. expected_col .. ')')

  -- Apply the NET001 quick fix the way a user does: cursor on it, code action, pick the fix
  -- (vim.ui.select answered by the test).
  vim.api.nvim_win_set_cursor(0, { net.lnum + 1, net.col + 3 })
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen, index
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      table.insert(offered, action.title)
      if action.isPreferred and chosen == nil then
        chosen, index = item, i
      end
    end
    on_choice(chosen, index)
  end
  vim.lsp.buf.code_action()
  vim.wait(10000, function()
    return vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1]:find('EGRESS', 1, true) ~= nil
  end, 50)
  if not vim.tbl_contains(offered, 'Disable NET001 for this line') then
    fail('code actions offered: ' .. vim.inspect(offered))
  end
  local got = vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1]
  local want = "const label = '🪣 桶'; const s = ec2.SubnetType.PRIVATE_WITH_EGRESS;"
  if got ~= want then
    fail('after the quick fix line 4 is "' .. got .. '"')
  end
  if not vim.wait(10000, function() return codes() == 'DNS001' end, 50) then
    fail('after the quick fix expected only DNS001, got "' .. codes() .. '"')
  end
  pass('NET001 quick fix applied: ' .. got)

  -- Type the deprecated name again, then write: fix-on-save applies the safe fix, leaves the
  -- unsafe DNS001 alone.
  vim.api.nvim_buf_set_lines(bufnr, 5, 5, false, { 'const u = ec2.SubnetType.PRIVATE_WITH_NAT;' })
  if not vim.wait(10000, function() return codes() == 'DNS001,NET001' end, 50) then
    fail('after typing expected DNS001,NET001, got "' .. codes() .. '"')
  end
  vim.cmd('write')
  local saved = vim.fn.readfile(root .. '/lib/stack.ts')
  if saved[6] ~= 'const u = ec2.SubnetType.PRIVATE_WITH_EGRESS;' then
    fail('fix on save did not fix line 6: ' .. vim.inspect(saved))
  end
  if not saved[5]:find('fromIpAddresses', 1, true) then
    fail('fix on save applied an unsafe fix: ' .. saved[5])
  end
  pass('fix on save (source.fixAll.cdklint) applied the safe fix only')

  -- The project's node_modules/.bin/cdklint is preferred over PATH, by lsp/cdklint.lua (the
  -- nvim-lspconfig-shaped config, its `cmd` function called as Neovim 0.11 would) and by setup().
  local project = vim.fn.tempname()
  vim.fn.mkdir(project .. '/node_modules/.bin', 'p')
  local local_bin = project .. '/node_modules/.bin/cdklint'
  vim.fn.writefile({ '#!/bin/sh' }, local_bin)
  vim.fn.setfperm(local_bin, 'rwxr-xr-x')
  local config = dofile(root_of_plugin .. '/lsp/cdklint.lua')
  local real_start = vim.lsp.rpc.start
  local started
  vim.lsp.rpc.start = function(cmd)
    started = cmd
    return {}
  end
  config.cmd({}, { root_dir = project })
  local with_local = vim.deepcopy(started)
  config.cmd({}, { root_dir = root })
  vim.lsp.rpc.start = real_start
  if not vim.deep_equal(with_local, { local_bin, 'server' }) or not vim.deep_equal(started, { 'cdklint', 'server' }) then
    fail('lsp/cdklint.lua cmd: ' .. vim.inspect({ with_local, started }))
  end
  if not vim.deep_equal(config.root_markers, { 'cdk.json', 'package.json', 'pyproject.toml', '.git' }) then
    fail('lsp/cdklint.lua root_markers: ' .. vim.inspect(config.root_markers))
  end
  local resolved = cdklint.resolve_cmd(project, { 'cdklint', 'server' })
  if not vim.deep_equal(resolved, { local_bin, 'server' }) then
    fail('resolve_cmd did not prefer node_modules/.bin: ' .. vim.inspect(resolved))
  end
  if not vim.deep_equal(cdklint.resolve_cmd(project, { bin, 'server' }), { bin, 'server' }) then
    fail('resolve_cmd replaced an explicit cmd')
  end
  pass("node_modules/.bin/cdklint is preferred (lsp/cdklint.lua and setup())")

  -- :checkhealth cdklint reports the binary and the attached buffer.
  vim.cmd('checkhealth cdklint')
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  if not report:find('binary found', 1, true) or not report:find('stack.ts', 1, true) then
    fail('checkhealth output:\n' .. report)
  end
  pass(':checkhealth cdklint')
end)

if not ok then
  fail(tostring(err))
end
io.stdout:write(passed .. ' passed, 0 failed\n')
vim.cmd('qall!')
