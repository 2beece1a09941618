//! Reading the sources: files never past a byte limit, directories by names that are
//! text, and the check that an SDK directory holds services at all.

use super::SdkError;
use std::fs::File;
use std::io::Read as _;
use std::path::Path;

/// The bytes of the file at `path`, which must not be larger than `max_bytes`: read a
/// piece at a time, never more than `max_bytes` + 1 bytes (`/dev/zero` ends at once).
pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, SdkError> {
    let io_error = |error| SdkError::Io(path.to_owned(), error);
    let mut bytes = Vec::new();
    File::open(path)
        .map_err(io_error)?
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if u64::try_from(bytes.len()).map_or(true, |len| len > max_bytes) {
        return Err(SdkError::TooLarge(path.to_owned(), max_bytes));
    }
    Ok(bytes)
}

/// The sorted names of the directories in `dir`; a name that is not UTF-8 is an error,
/// not a service to skip.
pub fn subdirs(dir: &Path) -> Result<Vec<String>, SdkError> {
    let entries = std::fs::read_dir(dir).map_err(|e| SdkError::Io(dir.to_owned(), e))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| SdkError::Io(dir.to_owned(), e))?;
        if entry.path().is_dir() {
            let name = (entry.file_name().into_string())
                .map_err(|_| SdkError::NotUtf8Name(entry.path()))?;
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Refuses an SDK directory without a `<service>/<version>/errors.go`: an empty
/// directory, or one a level too high or too low, would drop every service.
pub fn check_holds_services(dir: &Path) -> Result<(), SdkError> {
    for service in subdirs(dir)? {
        for version in subdirs(&dir.join(&service))? {
            // Not `is_file`: a link to a device is read, and refused by its size.
            if dir.join(&service).join(version).join("errors.go").exists() {
                return Ok(());
            }
        }
    }
    Err(SdkError::NoService(dir.to_owned()))
}
