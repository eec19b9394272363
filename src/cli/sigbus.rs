//! A dataset file is memory-mapped, and its records borrow their strings from the map (see
//! `load::from_path`; BENCHMARKS.md says why). Were another program to truncate the file
//! meanwhile, reading the lost pages would raise SIGBUS, which by default kills the process
//! without a word. This handler says what happened and exits with the dataset error code
//! instead. Output is rendered whole before a byte of it is written, so nothing is half-written
//! on stdout when it runs.

/// What the handler writes: a fixed text, as a signal handler cannot format.
const MESSAGE: &[u8] =
    b"agreements: the dataset file shrank while it was read (another program changed it); try again\n";

extern "C" fn on_sigbus(_signal: libc::c_int) {
    // SAFETY: write(2) and _exit(2) are async-signal-safe; MESSAGE is a static buffer.
    unsafe {
        libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len());
        libc::_exit(super::Code::Dataset as libc::c_int);
    }
}

/// Installs the handler; one system call at start-up.
pub fn install() {
    // SAFETY: a zeroed sigaction is a valid "no flags, empty mask" value, and the handler only
    // makes async-signal-safe calls.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigbus as *const () as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGBUS, &action, std::ptr::null_mut());
    }
}
