fn main() -> std::process::ExitCode {
    keep_large_allocations_out_of_the_heap();
    upstairs::cli::main()
}

/// Every password hash allocates 19 MiB for a moment. glibc serves a block
/// that large with mmap and gives it back when freed, but then raises its
/// threshold so the next ones come from the heap, where they stay: a flood
/// of 40 sign-ups left the server at 400 MiB. A threshold set by hand stays
/// put (measured with `bench/signup-flood`; see docs/security.md).
fn keep_large_allocations_out_of_the_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before any
    // other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}
