//! `crosscheck baseline`: write the current conflicts to a baseline file, which
//! `check --baseline FILE` then accepts. Conflicts already accepted by an ignore comment are left
//! out (the comment is their record).

use super::EXIT_ERROR;
use super::args::BaselineArgs;
use super::check::load_input;
use super::output::Sink;
use crosscheck::accept::baseline::Baseline;
use crosscheck::claims::plural;
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: &BaselineArgs) -> ExitCode {
    let fail = |error: &dyn std::fmt::Display| {
        let _ = writeln!(anstream::stderr(), "error: {error}");
        ExitCode::from(EXIT_ERROR)
    };
    let Some((claims, paths)) = load_input(&args.input) else {
        return ExitCode::from(EXIT_ERROR);
    };
    let dates = match args
        .input
        .dates
        .as_deref()
        .map(crosscheck::time::DatesFile::load)
        .transpose()
    {
        Ok(dates) => dates,
        Err(error) => return fail(&error),
    };
    let mut sink = match Sink::open(Some(&args.output), args.force) {
        Ok(sink) => sink,
        Err(error) => return fail(&error),
    };
    // Only conflicts make entries: the others need not be kept, and the conflicts are set
    // aside on disk as documents finish, as for a large table.
    let options = crosscheck::CheckOptions {
        walk: args.input.walk.options(),
        keep: crosscheck::report::Keep::Conflicts,
        dates: dates.as_ref(),
        dates_unshown: true,
        ..Default::default()
    };
    let report = match crosscheck::check_with(&claims, &paths, options, &mut |_| {}) {
        Ok(report) => report,
        Err(error) => return fail(&error),
    };
    super::problems::print(&report.problems, args.input.quiet);
    let mut stderr = anstream::stderr();
    if report.has_errors() {
        return fail(&"a path could not be read; the baseline was not written");
    }
    let baseline = match Baseline::from_report(&report) {
        Ok(baseline) => baseline,
        Err(error) => {
            return fail(&format!(
                "cannot read back the conflicts set aside: {error}"
            ));
        }
    };
    if let Err(error) = sink
        .write_all(baseline.to_json().as_bytes())
        .map_err(|e| e.to_string())
        .and_then(|()| sink.finish())
    {
        return fail(&error);
    }
    if !args.input.quiet {
        let _ = writeln!(
            stderr,
            "wrote {} to {}",
            plural(baseline.entries.len(), "accepted conflict"),
            crosscheck::corpus::display_path(&args.output)
        );
    }
    ExitCode::SUCCESS
}
