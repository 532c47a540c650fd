// The platforms cdklint ships binaries for, shared by the package generator and its checks.
// `key` is what the launcher computes at run time: `${process.platform}-${process.arch}`, plus
// `-musl` on Linux systems whose C library is musl (Alpine). `target` is the Rust target the
// release workflow builds for it; the musl targets are linked statically.
export const PLATFORMS = [
  { key: 'linux-x64', os: 'linux', cpu: 'x64', libc: 'glibc', target: 'x86_64-unknown-linux-gnu' },
  { key: 'linux-x64-musl', os: 'linux', cpu: 'x64', libc: 'musl', target: 'x86_64-unknown-linux-musl' },
  { key: 'linux-arm64', os: 'linux', cpu: 'arm64', libc: 'glibc', target: 'aarch64-unknown-linux-gnu' },
  { key: 'linux-arm64-musl', os: 'linux', cpu: 'arm64', libc: 'musl', target: 'aarch64-unknown-linux-musl' },
  { key: 'darwin-x64', os: 'darwin', cpu: 'x64', target: 'x86_64-apple-darwin' },
  { key: 'darwin-arm64', os: 'darwin', cpu: 'arm64', target: 'aarch64-apple-darwin' },
  { key: 'win32-x64', os: 'win32', cpu: 'x64', target: 'x86_64-pc-windows-msvc' },
  { key: 'win32-arm64', os: 'win32', cpu: 'arm64', target: 'aarch64-pc-windows-msvc' },
];

/** npm name of the package that carries the binary for `key`. */
export function packageName(key) {
  return `@cdklint/cli-${key}`;
}

export function binaryFile(os) {
  return os === 'win32' ? 'cdklint.exe' : 'cdklint';
}
