//! Finding the claims file: `--claims FILE`, else `claims.toml` in the current directory or
//! the nearest parent (as ruff and typos find their configuration).

use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "claims.toml";

/// Where the claims file is, and whether it was found by looking (then the user is told which).
#[derive(Debug)]
pub struct Located {
    pub path: PathBuf,
    pub discovered: bool,
}

/// `explicit` if given; else the nearest `claims.toml` from `cwd` upwards, as a path relative
/// to `cwd` ("claims.toml", "../claims.toml") so that reports stay short and portable.
pub fn locate(explicit: Option<&Path>, cwd: &Path) -> Result<Located, String> {
    if let Some(path) = explicit {
        return Ok(Located {
            path: path.to_path_buf(),
            discovered: false,
        });
    }
    let mut relative = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(FILE_NAME).is_file() {
            return Ok(Located {
                path: relative.join(FILE_NAME),
                discovered: true,
            });
        }
        relative.push("..");
    }
    Err(format!(
        "no {FILE_NAME} in {} or any parent directory; pass --claims FILE",
        cwd.display()
    ))
}

/// The paths to check: those given, else the `corpus` directory next to the claims file.
pub fn default_paths(paths: &[PathBuf], claims: &Path) -> Vec<PathBuf> {
    if !paths.is_empty() {
        return paths.to_vec();
    }
    let dir = claims.parent().unwrap_or(Path::new(""));
    vec![dir.join("corpus")]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_parent_claims_file_is_found_relative_to_cwd() {
        let root = tempfile::tempdir().unwrap();
        let deep = root.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(root.path().join("a").join(FILE_NAME), "").unwrap();
        let found = locate(None, &deep).unwrap();
        assert_eq!(found.path, Path::new("../claims.toml"));
        assert!(found.discovered);
        assert_eq!(
            default_paths(&[], &found.path),
            vec![PathBuf::from("../corpus")]
        );
        let here = locate(None, &root.path().join("a")).unwrap();
        assert_eq!(here.path, Path::new("claims.toml"));
        assert_eq!(
            default_paths(&[], &here.path),
            vec![PathBuf::from("corpus")]
        );
    }
}
