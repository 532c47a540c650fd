-- cdklint language server for Neovim 0.11+ (`vim.lsp.config` / `vim.lsp.enable`), in the shape
-- of nvim-lspconfig's `lsp/*.lua` configs so it can be proposed there as is.
--
--   vim.lsp.enable('cdklint')
--
-- Install the binary with `npm i -D cdklint` (used from the project's node_modules/.bin when
-- present, so every developer runs the version the project pins), `pip install cdklint`, or
-- Mason (`:MasonInstall cdklint`). Override any field with `vim.lsp.config('cdklint', { ... })`,
-- e.g. the editor settings (`settings.cdklint` = { select, ignore, severity, production }).
---@type vim.lsp.Config
return {
  cmd = function(dispatchers, config)
    local cmd = 'cdklint'
    local local_cmd = (config or {}).root_dir and config.root_dir .. '/node_modules/.bin/cdklint'
    if local_cmd and vim.fn.executable(local_cmd) == 1 then
      cmd = local_cmd
    end
    return vim.lsp.rpc.start({ cmd, 'server' }, dispatchers)
  end,
  filetypes = { 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python' },
  root_markers = { 'cdk.json', 'package.json', 'pyproject.toml', '.git' },
  settings = { cdklint = vim.empty_dict() },
}
