//! Writing the generated files into the catalogs crate: only those whose contents
//! changed, and never through a symbolic link, which could point anywhere.

use super::SdkError;
use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Writes `files` (paths relative to `catalogs`, as [`generate`](super::generate) gives
/// them) whose contents differ from what is there; returns how many it wrote. A path
/// under `catalogs` that is a symbolic link, a directory on the way included, is an
/// error before anything is written.
pub fn write_files(catalogs: &Path, files: &[(PathBuf, String)]) -> Result<usize, SdkError> {
    for (path, _) in files {
        refuse_symlinks(catalogs, path)?;
    }
    let mut written = 0;
    for (path, contents) in files {
        let path = catalogs.join(path);
        if holds(&path, contents) {
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| SdkError::Io(dir.to_owned(), e))?;
        }
        std::fs::write(&path, contents).map_err(|e| SdkError::Io(path.clone(), e))?;
        written += 1;
    }
    Ok(written)
}

/// An error for the first of `relative`'s paths under `root` that is a symbolic link.
fn refuse_symlinks(root: &Path, relative: &Path) -> Result<(), SdkError> {
    let mut path = root.to_owned();
    for component in relative.components() {
        path.push(component);
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_symlink());
        if is_link {
            return Err(SdkError::Symlink(path));
        }
    }
    Ok(())
}

/// Whether the file at `path` holds exactly `contents`; it is read no further than
/// one byte past them.
fn holds(path: &Path, contents: &str) -> bool {
    let mut there = Vec::new();
    let limit = u64::try_from(contents.len()).map_or(u64::MAX, |len| len.saturating_add(1));
    File::open(path)
        .and_then(|file| file.take(limit).read_to_end(&mut there))
        .is_ok_and(|_| there == contents.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tc-errors-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn only_changed_files_are_written() {
        let dir = temp_dir("write-files");
        let files = [
            (PathBuf::from("src/services/a.rs"), "a".to_owned()),
            (PathBuf::from("Cargo.toml"), "toml".to_owned()),
        ];
        assert_eq!(write_files(&dir, &files).unwrap(), 2);
        assert_eq!(write_files(&dir, &files).unwrap(), 0);
        std::fs::write(dir.join("Cargo.toml"), "toml and more").unwrap();
        assert_eq!(write_files(&dir, &files).unwrap(), 1);
        assert_eq!(
            std::fs::read_to_string(dir.join("Cargo.toml")).unwrap(),
            "toml"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn no_file_is_written_through_a_symlink() {
        let dir = temp_dir("write-symlinks");
        let elsewhere = dir.join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("target.rs"), "kept").unwrap();
        let catalogs = dir.join("catalogs");
        std::fs::create_dir_all(catalogs.join("src/services")).unwrap();
        let files = [
            (PathBuf::from("Cargo.toml"), "toml".to_owned()),
            (PathBuf::from("src/services/base.rs"), "new".to_owned()),
        ];
        // The file itself, then a directory on the way.
        let link = catalogs.join("src/services/base.rs");
        std::os::unix::fs::symlink(elsewhere.join("target.rs"), &link).unwrap();
        let error = write_files(&catalogs, &files).unwrap_err();
        assert!(
            matches!(&error, SdkError::Symlink(path) if *path == link),
            "{error}"
        );
        std::fs::remove_file(&link).unwrap();
        std::fs::remove_dir(catalogs.join("src/services")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, catalogs.join("src/services")).unwrap();
        let error = write_files(&catalogs, &files).unwrap_err();
        assert!(
            matches!(&error, SdkError::Symlink(path) if *path == catalogs.join("src/services")),
            "{error}"
        );
        assert!(!catalogs.join("Cargo.toml").exists());
        assert_eq!(
            std::fs::read_to_string(elsewhere.join("target.rs")).unwrap(),
            "kept"
        );
        assert!(!elsewhere.join("base.rs").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
