-- cdklint language server for Neovim 0.7–0.10 (and later): `require('cdklint').setup{}`.
--
-- Starts `cdklint server` with `vim.lsp.start_client` for every project root (the nearest
-- directory with cdk.json, package.json, pyproject.toml or .git) and attaches it to buffers of
-- the configured filetypes. On Neovim 0.11+ you can use `vim.lsp.enable('cdklint')` instead
-- (see lsp/cdklint.lua); this module works there too.
local M = {}

local defaults = {
  cmd = { 'cdklint', 'server' },
  filetypes = { 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python' },
  root_markers = { 'cdk.json', 'package.json', 'pyproject.toml', '.git' },
  -- Editor settings sent to the server: { select = {...}, ignore = {...},
  -- severity = { NET001 = 'error' }, production = { 'stacks/prod/**' } }.
  settings = {},
  -- Apply every safe fix (source.fixAll.cdklint) before writing a buffer.
  fix_on_save = false,
  -- Passed on to vim.lsp.start_client (on_attach, capabilities, handlers, ...).
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(defaults)

-- One client per root directory.
local clients = {}

local uv = vim.uv or vim.loop

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function parent(dir)
  local p = dir:match('^(.*)/[^/]*$')
  if p == nil or p == '' then
    return '/'
  end
  return p
end

--- The nearest ancestor of `path` (a file or directory) holding one of the root markers.
function M.find_root(path, markers)
  markers = markers or M.config.root_markers
  local stat = uv.fs_stat(path)
  local dir = (stat and stat.type == 'directory') and path or parent(path)
  while true do
    for _, marker in ipairs(markers) do
      if exists(dir .. '/' .. marker) then
        return dir
      end
    end
    if dir == '/' or dir == '' then
      return nil
    end
    dir = parent(dir)
  end
end

--- Clients attached to a buffer, on any Neovim from 0.7.
local function buf_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr })
  elseif vim.lsp.get_active_clients and vim.fn.has('nvim-0.8') == 1 then
    return vim.lsp.get_active_clients({ bufnr = bufnr })
  end
  local list = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    table.insert(list, client)
  end
  return list
end

--- The cdklint client attached to `bufnr`, if any.
function M.client(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  for _, client in ipairs(buf_clients(bufnr)) do
    if client.name == 'cdklint' then
      return client
    end
  end
  return nil
end

local function request_sync(client, method, params, timeout_ms, bufnr)
  if vim.fn.has('nvim-0.11') == 1 then
    return client:request_sync(method, params, timeout_ms, bufnr)
  end
  return client.request_sync(method, params, timeout_ms, bufnr)
end

--- Start (or reuse) the client for the buffer's project and attach it.
-- The command for a root: with the default command, the project's own install
-- (`npm i -D cdklint` → node_modules/.bin/cdklint) wins over the one on PATH, so everyone on
-- the project runs the version it pins. An explicit `cmd` from setup() is used as given.
function M.resolve_cmd(root, cmd)
  if cmd[1] == defaults.cmd[1] then
    local local_cmd = root .. '/node_modules/.bin/cdklint'
    if vim.fn.executable(local_cmd) == 1 then
      local resolved = vim.deepcopy(cmd)
      resolved[1] = local_cmd
      return resolved
    end
  end
  return cmd
end

function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= '' then
    return
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root
  if name ~= '' then
    root = M.find_root(name) or parent(name)
  else
    root = vim.fn.getcwd()
  end
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    local cfg = M.config
    -- An empty Lua table would be sent as a JSON array.
    local settings = next(cfg.settings) == nil and vim.empty_dict() or cfg.settings
    local cmd = M.resolve_cmd(root, cfg.cmd)
    id = vim.lsp.start_client({
      name = 'cdklint',
      cmd = cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      init_options = { cdklint = settings },
      settings = { cdklint = settings },
      capabilities = cfg.capabilities,
      on_attach = cfg.on_attach,
    })
    if id == nil then
      vim.notify(
        'cdklint: could not start `' .. table.concat(cmd, ' ') .. '`; install it with `npm i -D cdklint` or `pip install cdklint`',
        vim.log.levels.ERROR
      )
      return
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

local function whole_buffer_params(bufnr)
  local last = vim.api.nvim_buf_line_count(bufnr)
  return {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
    context = { only = { 'source.fixAll.cdklint' }, diagnostics = {} },
  }
end

--- Apply every safe fix in the buffer now (synchronously): the `source.fixAll.cdklint` action.
--- Returns true when an edit was applied.
function M.fix_all(bufnr, timeout_ms)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client(bufnr)
  if client == nil then
    return false
  end
  local response = request_sync(client, 'textDocument/codeAction', whole_buffer_params(bufnr), timeout_ms or 2000, bufnr)
  if response == nil or response.err or response.result == nil then
    return false
  end
  local applied = false
  for _, action in ipairs(response.result) do
    if action.kind == 'source.fixAll.cdklint' then
      if action.edit == nil then
        local resolved = request_sync(client, 'codeAction/resolve', action, timeout_ms or 2000, bufnr)
        action = resolved and resolved.result or action
      end
      if action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
        applied = true
      end
    end
  end
  return applied
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  local group = vim.api.nvim_create_augroup('cdklint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  if M.config.fix_on_save then
    vim.api.nvim_create_autocmd('BufWritePre', {
      group = group,
      callback = function(args)
        if M.client(args.buf) then
          M.fix_all(args.buf)
        end
      end,
    })
  end
  -- Buffers already open when setup runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
  vim.api.nvim_create_user_command('CdklintFixAll', function()
    M.fix_all(0)
  end, { desc = 'cdklint: apply every safe fix in this buffer' })
end

return M
