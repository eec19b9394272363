//! Where `export` puts its file or folder, without destroying anything agreements did not write.
//! The export is written whole under a random hidden name beside PATH (created exclusively by
//! `tempfile`, so a planted link or file is never written through), then renamed into place. A
//! folder at PATH is replaced only when it holds nothing but what an export writes: it is
//! renamed aside, the new one renamed in (the old one put back if that fails), and only then are
//! its files removed, one by one. Nothing that is not a regular file or such a folder is ever
//! replaced. Interruptions wait for a swap to end, then remove what is half-written
//! ([`super::interrupt`]).

use super::{Failure, interrupt};
use std::ffi::OsString;
use std::fs::FileType;
use std::path::{Component, Path, PathBuf};

/// The prefix of the hidden names an export in progress uses beside PATH.
const PREFIX: &str = ".agreements-";

/// What an export writes: one file, or a folder of files with these names.
#[derive(Debug, Clone, Copy)]
pub enum Shape<'a> {
    /// A file (SQLite, xlsx).
    File,
    /// A folder holding only files with these names (a data package).
    Folder(&'a [&'a str]),
}

/// A checked place to write an export: the folder it goes in, its path, and what it will be.
#[derive(Debug)]
pub struct Destination<'a> {
    /// The folder PATH is in (`.` for a bare name).
    parent: PathBuf,
    /// PATH itself, as the folder and the name make it.
    path: PathBuf,
    /// What the export writes.
    shape: Shape<'a>,
    /// Whether something is at PATH now, to be replaced.
    replaces: bool,
}

/// An export being written under its temporary name, which removes itself when dropped
/// (`tempfile`) and is removed on an interruption while it is registered.
pub struct Partial {
    temporary: Temporary,
    _registered: interrupt::Registered,
}

enum Temporary {
    File(tempfile::NamedTempFile),
    Folder(tempfile::TempDir),
}

impl Temporary {
    fn path(&self) -> &Path {
        match self {
            Temporary::File(file) => file.path(),
            Temporary::Folder(dir) => dir.path(),
        }
    }
}

impl Partial {
    /// Where to write the export.
    pub fn path(&self) -> &Path {
        self.temporary.path()
    }

    /// The open temporary file, for a file export.
    pub fn file(&mut self) -> Option<&mut std::fs::File> {
        match &mut self.temporary {
            Temporary::File(file) => Some(file.as_file_mut()),
            Temporary::Folder(_) => None,
        }
    }
}

impl<'a> Destination<'a> {
    /// Checks `path` before anything is loaded or written: it must name a file or folder (not
    /// `-`, `.`, `..` or `/`), and what is there may be replaced only with `force`, only when
    /// it is of the right shape (a regular file for a file, a folder for a folder; never a
    /// link, a FIFO or a device) and, for a folder, when it holds only what an export writes.
    pub fn check(path: &Path, shape: Shape<'a>, force: bool) -> Result<Self, Failure> {
        let refuse = |reason: String| Failure::Refused {
            path: path.to_path_buf(),
            reason,
        };
        if path.as_os_str() == "-" {
            return Err(refuse(
                "export writes files, not standard output: give a file name (./- for a file named '-')"
                    .into(),
            ));
        }
        let Some(Component::Normal(name)) = path.components().next_back() else {
            return Err(refuse(
                "it names no file or folder of its own: give a new name".into(),
            ));
        };
        let parent = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let path = parent.join(name);
        let replaces = match std::fs::symlink_metadata(&path) {
            Ok(_) if !force => return Err(Failure::Exists(path)),
            Ok(metadata) => {
                replaceable(&path, metadata.file_type(), shape).map_err(refuse)?;
                true
            }
            Err(_) => false,
        };
        Ok(Destination {
            parent,
            path,
            shape,
            replaces,
        })
    }

    /// PATH.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A new, empty temporary beside PATH, removed if the export fails or is interrupted.
    pub fn start(&self) -> std::io::Result<Partial> {
        // An interruption waits until the temporary is both made and registered: between the
        // two it would find nothing to remove and leave the file behind.
        let _creating = interrupt::hold();
        let mut builder = tempfile::Builder::new();
        builder.prefix(PREFIX).suffix(".partial");
        // The permissions any new file or folder gets (the umask applies), not tempfile's 0600.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = match self.shape {
                Shape::File => 0o666,
                Shape::Folder(_) => 0o777,
            };
            builder.permissions(std::fs::Permissions::from_mode(mode));
        }
        let temporary = match self.shape {
            Shape::File => Temporary::File(builder.tempfile_in(&self.parent)?),
            Shape::Folder(_) => Temporary::Folder(builder.tempdir_in(&self.parent)?),
        };
        let _registered = interrupt::remember(temporary.path());
        Ok(Partial {
            temporary,
            _registered,
        })
    }

    /// Puts the finished export at PATH. A file replaces what is there in one rename; a folder
    /// is swapped as the module says. Interruptions wait until this returns.
    pub fn finish(&self, partial: Partial) -> Result<(), String> {
        let _swap = interrupt::hold();
        if self.replaces {
            // Checked again: what is there may have changed while the export was written.
            let metadata = std::fs::symlink_metadata(&self.path).map_err(|e| e.to_string())?;
            replaceable(&self.path, metadata.file_type(), self.shape)?;
        }
        let persisted = match partial.temporary {
            Temporary::File(file) if self.replaces => file.persist(&self.path),
            Temporary::File(file) => file.persist_noclobber(&self.path),
            Temporary::Folder(dir) => return self.swap_folder(dir),
        };
        persisted.map(drop).map_err(|e| e.error.to_string())
    }

    /// Renames the old folder aside, the new one in, then empties and removes the old one.
    fn swap_folder(&self, new: tempfile::TempDir) -> Result<(), String> {
        if !self.replaces {
            return (std::fs::rename(new.path(), &self.path).map(|()| drop(new.keep())))
                .map_err(|e| e.to_string());
        }
        // An empty folder of a random name, which the rename below replaces.
        let aside = (tempfile::Builder::new().prefix(PREFIX).suffix(".old"))
            .tempdir_in(&self.parent)
            .map_err(|e| e.to_string())?
            .keep();
        if let Err(error) = std::fs::rename(&self.path, &aside) {
            let _ = std::fs::remove_dir(&aside);
            return Err(error.to_string());
        }
        if let Err(error) = std::fs::rename(new.path(), &self.path) {
            let restored = std::fs::rename(&aside, &self.path);
            return Err(match restored {
                Ok(()) => error.to_string(),
                Err(_) => format!("{error}; the old folder is kept at {}", aside.display()),
            });
        }
        drop(new.keep());
        let names = match self.shape {
            Shape::Folder(names) => names,
            Shape::File => &[],
        };
        let removed = (names.iter())
            .try_for_each(|name| match std::fs::remove_file(aside.join(name)) {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
                _ => Ok(()),
            })
            .and_then(|()| std::fs::remove_dir(&aside));
        removed.map_err(|error| {
            format!(
                "the new export is in place, but the old one is left at {}: {error}",
                aside.display()
            )
        })
    }
}

/// Whether what is at `path` (of `kind`) may be replaced by an export of `shape`.
fn replaceable(path: &Path, kind: FileType, shape: Shape) -> Result<(), String> {
    match shape {
        Shape::File if kind.is_file() => Ok(()),
        Shape::Folder(names) if kind.is_dir() => only_export_files(path, names),
        Shape::File => Err(format!(
            "{} is there, and an export replaces only a file",
            what(kind)
        )),
        Shape::Folder(_) => Err(format!(
            "{} is there, and a data package replaces only a folder an export wrote",
            what(kind)
        )),
    }
}

/// Whether the folder holds a data package's descriptor and nothing but files named `names`.
fn only_export_files(dir: &Path, names: &[&str]) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
    let mut has_descriptor = false;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let name: OsString = entry.file_name();
        let is_file = entry.file_type().is_ok_and(|kind| kind.is_file());
        if !is_file || !names.iter().any(|known| name == *known) {
            let name = agreements::sanitize::quoted(&name.to_string_lossy());
            return Err(format!(
                "the folder holds {name}, which an export does not write: remove it or choose another folder"
            ));
        }
        has_descriptor |= name == "datapackage.json";
    }
    if has_descriptor {
        Ok(())
    } else {
        Err("the folder is not a data package (no datapackage.json): choose another folder".into())
    }
}

/// What a file of `kind` is, in words.
fn what(kind: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_dir() {
        "a folder"
    } else if kind.is_file() {
        "a file"
    } else {
        "something"
    }
}

#[cfg(test)]
mod tests;
