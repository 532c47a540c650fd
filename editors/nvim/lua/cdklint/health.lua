-- :checkhealth cdklint
local M = {}

local health = vim.health or require('health')
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local fail = health.error or health.report_error
local info = health.info or health.report_info

function M.check()
  start('cdklint')
  local config = require('cdklint').config
  local bin = config.cmd[1]
  if vim.fn.executable(bin) == 1 then
    ok('binary found: ' .. vim.fn.exepath(bin))
    local out = vim.fn.system({ bin, '--version' })
    if vim.v.shell_error == 0 then
      ok('`' .. bin .. ' --version`: ' .. vim.trim(out))
    else
      fail('`' .. bin .. ' --version` failed: ' .. vim.trim(out))
    end
  else
    fail('`' .. bin .. '` is not executable or not on $PATH', {
      'Install it with `cargo install --path crates/cdklint_cli` (or put it on $PATH)',
      "or pass its path: require('cdklint').setup{ cmd = { '/path/to/cdklint', 'server' } }",
    })
  end

  local attached = {}
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    local client = require('cdklint').client(bufnr)
    if client then
      table.insert(attached, string.format('%d: %s (client %d, root %s)', bufnr,
        vim.api.nvim_buf_get_name(bufnr), client.id, client.config.root_dir or '?'))
    end
  end
  if #attached == 0 then
    warn('no buffer is attached to cdklint (open a ' .. table.concat(config.filetypes, '/') .. ' file)')
  else
    ok('attached buffers:')
    for _, line in ipairs(attached) do
      info(line)
    end
  end
end

return M
