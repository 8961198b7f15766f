#!/usr/bin/env bash
# The step of the crosscheck GitHub Action (action.yml), runnable locally:
#   CROSSCHECK_BIN=target/release/crosscheck GITHUB_STEP_SUMMARY=/tmp/summary.md action/run.sh
#
# Prints the conflicts as workflow commands (annotations on the pull request), appends the
# agreement table as Markdown to $GITHUB_STEP_SUMMARY when set, and exits with crosscheck's
# status (0 pass, 1 --fail-on condition met, 2 error).
#
# Inputs, as the Action passes them: INPUT_CLAIMS, INPUT_PATHS (space-separated),
# INPUT_FAIL_ON (conflicts | asserted | unsupported | never), INPUT_BASELINE; all optional.
set -uo pipefail

bin="${CROSSCHECK_BIN:-crosscheck}"
args=()
if [ -n "${INPUT_CLAIMS:-}" ]; then args+=(--claims "$INPUT_CLAIMS"); fi
if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi
read -r -a paths <<< "${INPUT_PATHS:-}"

# Annotations in the log; this run's status is the step's.
"$bin" check --quiet --format github --fail-on "${INPUT_FAIL_ON:-conflicts}" \
  "${args[@]}" "${paths[@]}"
status=$?

# The table for the job summary; its status is already known from the run above.
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  "$bin" check --quiet --format markdown --fail-on never \
    "${args[@]}" "${paths[@]}" >> "$GITHUB_STEP_SUMMARY" 2>/dev/null || true
fi

exit "$status"
