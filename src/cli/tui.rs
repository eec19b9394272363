//! The terminal session of `browse`: raw mode, the alternate screen and the mouse, given back
//! on every way out (quit, an error, SIGTERM or SIGHUP, a panic); the loop that reads keys,
//! lets the browser filter between them, and carries out its effects (open, copy).

use agreements::browse::view::{self, Look};
use agreements::browse::{Browser, Effect, Key};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers, MouseEventKind};
use ratatui::crossterm::{cursor, execute, terminal};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

mod effects;

/// Set by the SIGTERM and SIGHUP handler; the loop looks at it at least four times a second.
static TERMINATED: AtomicBool = AtomicBool::new(false);

/// The terminal as the session found it comes back when this is dropped.
struct Session;

impl Session {
    fn start() -> io::Result<Session> {
        terminal::enable_raw_mode()?;
        let session = Session;
        execute!(
            io::stdout(),
            terminal::EnterAlternateScreen,
            event::EnableMouseCapture
        )?;
        Ok(session)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves the alternate screen, stops mouse reporting, shows the cursor, ends raw mode.
/// Errors are ignored: this runs on the way out, where nothing better can be done.
fn restore() {
    let _ = execute!(
        io::stdout(),
        event::DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

/// Runs the browser until the reader quits. A panic restores the terminal before its message is
/// printed; SIGTERM and SIGHUP restore it, then end the process by the same signal.
pub fn run(browser: &mut Browser, look: Look) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    #[cfg(unix)]
    signals::install();
    let result = {
        let _session = Session::start()?;
        let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        event_loop(&mut terminal, browser, look)
    };
    #[cfg(unix)]
    signals::reraise();
    result
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    browser: &mut Browser,
    look: Look,
) -> io::Result<()> {
    while !TERMINATED.load(Ordering::Relaxed) {
        terminal.draw(|frame| view::draw(frame, browser, look))?;
        let wait = if browser.busy() {
            Duration::ZERO
        } else {
            Duration::from_millis(250)
        };
        let mut input = wait_for_input(wait)?;
        if input == Input::HungUp {
            return Ok(());
        }
        while input == Input::Ready {
            let size = terminal.size()?;
            let key = translate(event::read()?, |column, row| {
                view::over_list(size.into(), browser.focus(), column, row)
            });
            match key.map(|key| browser.press(key)) {
                Some(Effect::Quit) => return Ok(()),
                Some(Effect::Open(url)) => browser.report(effects::open(&url)),
                Some(Effect::Copy { what, text }) => {
                    let message = effects::copy(terminal.backend_mut(), what, &text)?;
                    browser.report(message);
                }
                Some(Effect::None) | None => {}
            }
            // One read can bring several keys: take those crossterm holds before drawing.
            input = if event::poll(Duration::ZERO)? {
                Input::Ready
            } else {
                Input::Nothing
            };
        }
        if browser.busy() {
            browser.work(Duration::from_millis(40));
        }
    }
    Ok(())
}

/// What the terminal has for the loop.
#[derive(PartialEq)]
enum Input {
    /// Bytes to read (or, off Unix, an event).
    Ready,
    /// Nothing within the wait (or a signal, such as a resize, came first).
    Nothing,
    /// The terminal is gone (its window closed, its tmux server killed).
    HungUp,
}

/// Waits up to `wait` for input. On Unix the loop polls the terminal itself and lets crossterm
/// read only when there are bytes: on a terminal that has gone, crossterm's reader retries an
/// endless end of file and never returns, so a hang-up must be seen before it is called.
fn wait_for_input(wait: Duration) -> io::Result<Input> {
    #[cfg(unix)]
    {
        let mut stdin = libc::pollfd {
            fd: 0,
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = libc::c_int::try_from(wait.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: one valid pollfd.
        let ready = unsafe { libc::poll(&mut stdin, 1, millis) };
        Ok(match ready {
            _ if stdin.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 => {
                Input::HungUp
            }
            n if n > 0 => Input::Ready,
            _ => Input::Nothing,
        })
    }
    #[cfg(not(unix))]
    match event::poll(wait) {
        Err(error) if error.kind() == io::ErrorKind::Interrupted => Ok(Input::Nothing),
        other => Ok(if other? { Input::Ready } else { Input::Nothing }),
    }
}

/// A terminal event as a browser key; `over_list` says whether a screen cell is in the list.
fn translate(event: Event, over_list: impl Fn(u16, u16) -> bool) -> Option<Key> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(match key.code {
            KeyCode::Char(c) if key.modifiers.contains(KeyModifiers::CONTROL) => Key::Ctrl(c),
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Tab => Key::Tab,
            KeyCode::BackTab => Key::BackTab,
            KeyCode::Backspace => Key::Backspace,
            _ => return None,
        }),
        Event::Mouse(mouse) => {
            let over_list = over_list(mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollUp => Some(Key::Wheel {
                    up: true,
                    over_list,
                }),
                MouseEventKind::ScrollDown => Some(Key::Wheel {
                    up: false,
                    over_list,
                }),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(unix)]
mod signals {
    use super::TERMINATED;
    use std::sync::atomic::{AtomicI32, Ordering};

    /// The signal that ended the session, to end the process with once the terminal is back.
    static SIGNAL: AtomicI32 = AtomicI32::new(0);

    extern "C" fn on_signal(signal: libc::c_int) {
        SIGNAL.store(signal, Ordering::Relaxed);
        TERMINATED.store(true, Ordering::Relaxed);
    }

    /// Catches SIGTERM and SIGHUP, so the loop can restore the terminal before ending.
    pub fn install() {
        for signal in [libc::SIGTERM, libc::SIGHUP] {
            // SAFETY: a zeroed sigaction is "no flags, empty mask"; the handler only stores
            // into atomics, which is async-signal-safe.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as *const () as libc::sighandler_t;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(signal, &action, std::ptr::null_mut());
            }
        }
    }

    /// Ends the process by the signal that stopped the session, if one did, as it would have
    /// ended without the handler (so the shell sees "terminated").
    pub fn reraise() {
        let signal = SIGNAL.load(Ordering::Relaxed);
        if signal != 0 {
            // SAFETY: restoring the default action and raising a signal are plain calls.
            unsafe {
                libc::signal(signal, libc::SIG_DFL);
                libc::raise(signal);
            }
        }
    }
}

/// Flushes what is written to the terminal outside ratatui (the copy's escape sequence).
fn flushed(writer: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    writer.write_all(bytes)?;
    writer.flush()
}
