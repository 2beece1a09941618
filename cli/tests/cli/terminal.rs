//! What a terminal user meets: colour, shell completions, the top-level help.

use super::*;

/// Runs `tc-errors` with `args` inside a pseudo-terminal (util-linux `script`), so that
/// standard output is a terminal; `env` is set for the run. Its standard output, where
/// the terminal ends lines with CRLF.
fn tc_errors_on_a_terminal(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut command = vec![env!("CARGO_BIN_EXE_tc-errors").to_owned()];
    command.extend(args.iter().map(|arg| (*arg).to_owned()));
    let output = Command::new("script")
        .args([
            "--quiet",
            "--return",
            "--command",
            &command.join(" "),
            "/dev/null",
        ])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("util-linux `script` runs a command on a pseudo-terminal");
    // `--return`: the command's own exit status, which is 1 for an API error.
    assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
    stdout(&output)
}

#[test]
fn colour_on_a_terminal_unless_no_color_and_never_in_a_pipe() {
    let args = ["explain", "InvalidDisk.Busy"];
    let terminal = tc_errors_on_a_terminal(&args, &[]);
    assert!(
        terminal.contains("\x1b[1mInvalidDisk.Busy\x1b[0m in cbs"),
        "{terminal:?}"
    );
    assert!(
        terminal.contains("\x1b[2mkind:\x1b[0m \x1b[32mTransient, retry\x1b[0m"),
        "{terminal:?}"
    );
    for env in [[("NO_COLOR", "1")], [("TERM", "dumb")]] {
        let plain = tc_errors_on_a_terminal(&args, &env);
        assert!(plain.contains("InvalidDisk.Busy in cbs"), "{plain:?}");
        assert!(!plain.contains('\x1b'), "{env:?}: {plain:?}");
    }
    let never = tc_errors_on_a_terminal(&["--color", "never", "list", "cbs"], &[]);
    assert!(!never.contains('\x1b'), "{never:?}");

    // A pipe gets no colour, unless asked for; `always` outranks NO_COLOR.
    let piped = tc_errors(&args);
    assert!(!stdout(&piped).contains('\x1b'), "{}", stdout(&piped));
    let always = Command::new(env!("CARGO_BIN_EXE_tc-errors"))
        .args(["--color", "always", "explain", "LimitExceeded"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let always = stdout(&always);
    assert!(always.contains("\x1b[1mLimitExceeded\x1b[0m"), "{always:?}");
    assert!(
        always.contains("\x1b[31mQuotaExceeded, do not retry\x1b[0m"),
        "{always:?}"
    );
    let output = tc_errors(&["--color", "sometimes", "list"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("--color"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn completions_print_a_shell_script() {
    let bash = tc_errors(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0));
    let script = stdout(&bash);
    assert!(
        script.contains("_tc-errors()") || script.contains("_tc__errors()"),
        "{script}"
    );
    assert!(script.contains("complete -F"), "{script}");
    for word in [
        "explain", "parse", "--status", "--header", "--http", "--color",
    ] {
        assert!(script.contains(word), "{word} in {script}");
    }
    let zsh = stdout(&tc_errors(&["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef tc-errors"), "{zsh}");
    let output = tc_errors(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_top_level_help_describes_the_tool() {
    let help = stdout(&tc_errors(&["--help"]));
    assert!(
        help.starts_with("Explain Tencent Cloud API error codes, and read API responses"),
        "{help}"
    );
    for part in [
        "explain ",
        "parse ",
        "list ",
        "import ",
        "completions ",
        "Examples:\n  tc-errors explain InvalidDisk.Busy",
        "tc-errors parse --http",
    ] {
        assert!(help.contains(part), "{part} in {help}");
    }
    // Not the package's description.
    assert!(!help.contains("import error-code pages."), "{help}");
}

#[test]
fn parse_colours_a_terminal_and_nothing_else() {
    let busy = page(
        "busy-colour.json",
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#,
    );
    let terminal = tc_errors_on_a_terminal(&["parse", page_arg(&busy)], &[]);
    assert!(
        terminal.contains("API error: \x1b[1mInvalidDisk.Busy\x1b[0m: Busy."),
        "{terminal:?}"
    );
    assert!(
        terminal.contains("\x1b[2madvice:\x1b[0m \x1b[32mretry\x1b[0m (Transient)"),
        "{terminal:?}"
    );
    let plain = tc_errors_on_a_terminal(&["parse", page_arg(&busy)], &[("NO_COLOR", "yes")]);
    assert!(!plain.contains('\x1b'), "{plain:?}");
    let piped = tc_errors(&["parse", page_arg(&busy)]);
    assert!(!stdout(&piped).contains('\x1b'));
    // Colour never reaches JSON.
    let json = tc_errors(&["--color", "always", "parse", page_arg(&busy), "--json"]);
    assert!(!stdout(&json).contains('\x1b'));
}

/// What bash offers for the words of `line` (the last one being completed), with the
/// script `tc-errors completions bash` prints.
fn bash_completes(script: &std::path::Path, line: &[&str]) -> Vec<String> {
    let program = r#"
        source "$1"; shift
        function=$(complete -p tc-errors | sed -E 's/.* -F ([^ ]+) .*/\1/')
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        "$function" tc-errors "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let output = Command::new("bash")
        .arg("-c")
        .arg(program)
        .arg("bash")
        .arg(script)
        .args(line)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    stdout(&output).lines().map(str::to_owned).collect()
}

#[test]
fn completions_offer_the_service_names() {
    let bash = page(
        "tc-errors.bash",
        &tc_errors(&["completions", "bash"]).stdout,
    );
    assert_eq!(bash_completes(&bash, &["tc-errors", "list", "cv"]), ["cvm"]);
    for line in [
        &["tc-errors", "parse", "--service", "tk"][..],
        &["tc-errors", "explain", "InternalError", "--service", "tk"],
        &["tc-errors", "--lang", "en", "parse", "-", "--service", "tk"],
    ] {
        assert!(
            bash_completes(&bash, line).contains(&"tke".to_owned()),
            "{line:?}"
        );
    }
    // A subcommand's own options complete too.
    assert_eq!(
        bash_completes(&bash, &["tc-errors", "explain", "--js"]),
        ["--json"]
    );

    let zsh = stdout(&tc_errors(&["completions", "zsh"]));
    let offering = |script: &str, start: &str| {
        script
            .lines()
            .filter(|line| line.trim_start().starts_with(start))
            .filter(|line| line.contains("(common legacy ") && line.contains(" cvm "))
            .count()
    };
    // `--service` of explain and parse, and `list`'s argument.
    assert_eq!(offering(&zsh, "'*--service=["), 1, "{zsh}");
    assert_eq!(offering(&zsh, "'--service=["), 1, "{zsh}");
    assert_eq!(offering(&zsh, "'::service -- "), 1, "{zsh}");

    let fish = stdout(&tc_errors(&["completions", "fish"]));
    for subcommand in ["explain", "parse"] {
        let service = fish
            .lines()
            .find(|line| line.contains(&format!("subcommand {subcommand}\" -l service ")))
            .unwrap_or_else(|| panic!("{subcommand} in {fish}"));
        assert!(service.ends_with("-a \"common\\t''"), "{service}");
    }
    assert!(fish.contains("\ncvm\\t''\n"), "{fish}");
    let list = fish
        .lines()
        .find(|line| line.contains("list\" -f -a \"common legacy "))
        .unwrap_or_else(|| panic!("{fish}"));
    assert!(list.contains(" cvm "), "{list}");
}
