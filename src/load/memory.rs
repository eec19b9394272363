//! Performance, fenced: reading a large dataset file into memory. Records borrow their strings
//! from the bytes for the life of the process, so the bytes must be this process's own memory,
//! never a map of the file, which another program could rewrite under them. Copying a 400 MB
//! file, and the page faults on the fresh memory it goes to, cost a third of a load on one core:
//! a large file is read in pieces, one per core, each straight into its place.

use std::io::{Read, Seek};

/// Files from this size on are read on every core.
const SHARED_FROM: u64 = 4 << 20;

/// Every byte of `file`, which is `len` bytes long, in memory kept for the life of the process.
/// A file that is not `len` bytes long once read (another program changed it meanwhile) is an
/// error, so a dataset is never loaded half old, half new.
pub(super) fn read_whole(file: &mut std::fs::File, len: u64) -> std::io::Result<&'static [u8]> {
    let changed = || std::io::Error::other("the file changed while it was read; try again");
    let size = usize::try_from(len).map_err(|_| std::io::Error::other("the file is too large"))?;
    let bytes: &'static [u8] = if len < SHARED_FROM || !cfg!(unix) {
        let mut bytes = Vec::with_capacity(size);
        file.take(len).read_to_end(&mut bytes)?;
        bytes.leak()
    } else {
        let mut room = memmap2::MmapMut::map_anon(size)?;
        // Advice only: without huge pages the load is slower, not wrong.
        #[cfg(target_os = "linux")]
        let _ = room.advise(memmap2::Advice::HugePage);
        read_in_pieces(file, &mut room).map_err(|_| changed())?;
        file.seek(std::io::SeekFrom::Start(len))?;
        &Box::leak(Box::new(room.make_read_only()?))[..]
    };
    if bytes.len() != size || file.read(&mut [0])? != 0 {
        return Err(changed());
    }
    Ok(bytes)
}

/// Fills `bytes` from the start of `file`, a piece per core, each piece read in its own thread.
#[cfg(unix)]
fn read_in_pieces(file: &std::fs::File, bytes: &mut [u8]) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let piece = bytes.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let reads: Vec<_> = (bytes.chunks_mut(piece).enumerate())
            .map(|(i, chunk)| scope.spawn(move || file.read_exact_at(chunk, (i * piece) as u64)))
            .collect();
        reads
            .into_iter()
            .try_for_each(|read| read.join().expect("a read does not panic"))
    })
}

#[cfg(not(unix))]
fn read_in_pieces(_: &std::fs::File, _: &mut [u8]) -> std::io::Result<()> {
    unreachable!("only unix reads in pieces")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_file_is_read_whole_or_said_to_have_changed() {
        for size in [10_000, SHARED_FROM as usize + 12_345] {
            let mut written = tempfile::tempfile().unwrap();
            let bytes: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            written.write_all(&bytes).unwrap();
            let len = bytes.len() as u64;
            for (name, stated, whole) in [("same", len, true), ("grew", len - 1, false)] {
                written.rewind().unwrap();
                let read = read_whole(&mut written, stated);
                match read {
                    Ok(read) => assert!(whole && read == &bytes[..], "{size} {name}"),
                    Err(error) => assert!(
                        !whole && error.to_string().contains("changed while it was read"),
                        "{size} {name}: {error}"
                    ),
                }
            }
            written.rewind().unwrap();
            assert!(read_whole(&mut written, len + 1).is_err(), "{size} shrank");
        }
    }
}
