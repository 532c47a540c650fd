-- cdklint language server for Neovim 0.11+ (`vim.lsp.config` / `vim.lsp.enable`).
--
--   vim.lsp.enable('cdklint')
--
-- Override any field with `vim.lsp.config('cdklint', { ... })`, e.g. the binary path or the
-- editor settings (`settings.cdklint` = { select, ignore, severity, production }).
---@type vim.lsp.Config
return {
  cmd = { 'cdklint', 'server' },
  filetypes = { 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python' },
  root_markers = { 'cdk.json', 'package.json', 'pyproject.toml', '.git' },
  settings = { cdklint = vim.empty_dict() },
}
