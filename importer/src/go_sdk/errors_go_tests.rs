//! Tests of the `errors.go` reader on small fixtures in both languages.

use super::*;

const ZH: &str = "// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the \"License\");

package v20170312

const (
\t// 此产品的特有错误码

\t// 该请求账户未通过资格审计。
\tACCOUNTQUALIFICATIONRESTRICTIONS = \"AccountQualificationRestrictions\"

\t// 该实例 `ins-xxxxxxx` 已经在 `dgroup-xxxxxx` 置放群组里。
\tFAILEDOPERATION_ALREADYINDISASTERRECOVERGROUP = \"FailedOperation.AlreadyInDisasterRecoverGroup\"

\t// 私有网络ip已经被使用。
\tVPCIPISUSED = \"VpcIpIsUsed\"
)
";

const EN: &str = "// Copyright (c) 2017-2025 Tencent. All Rights Reserved.

package v20190116

const (
\t// error codes for specific actions

\t// 
\tFAILEDOPERATION_CICIDENTITYFORBIDDEN = \"FailedOperation.CICIdentityForbidden\"

\t// The account already exists.
\tFAILEDOPERATION_ACCOUNTALREADYEXISTS = \"FailedOperation.AccountAlreadyExists\"

\t//
\tINTERNALERROR_ = \"InternalError.\"
)
";

fn code(code: &str, text: Option<&str>, line: usize) -> GoCode {
    GoCode {
        code: code.to_owned(),
        text: text.map(str::to_owned),
        line,
    }
}

fn err(src: &str) -> GoSdkError {
    read_go_errors(src.as_bytes()).expect_err("should be rejected")
}

fn reason_at(line: usize, reason: GoSdkErrorReason) -> GoSdkError {
    GoSdkError { line, reason }
}

#[test]
fn reads_chinese_file() {
    let table = read_go_errors(ZH.as_bytes()).unwrap();
    assert_eq!(
        table.codes,
        vec![
            code(
                "AccountQualificationRestrictions",
                Some("该请求账户未通过资格审计。"),
                11
            ),
            code(
                "FailedOperation.AlreadyInDisasterRecoverGroup",
                Some("该实例 `ins-xxxxxxx` 已经在 `dgroup-xxxxxx` 置放群组里。"),
                14
            ),
            code("VpcIpIsUsed", Some("私有网络ip已经被使用。"), 17),
        ]
    );
}

#[test]
fn reads_english_file_with_empty_comments() {
    let table = read_go_errors(EN.as_bytes()).unwrap();
    assert_eq!(
        table.codes,
        vec![
            code("FailedOperation.CICIdentityForbidden", None, 9),
            code(
                "FailedOperation.AccountAlreadyExists",
                Some("The account already exists."),
                12
            ),
            code("InternalError.", None, 15),
        ]
    );
}

#[test]
fn crlf_and_space_indentation_and_trimming() {
    let src = ZH.replace('\n', "\r\n").replace('\t', "    ");
    assert_eq!(
        read_go_errors(src.as_bytes()),
        read_go_errors(ZH.as_bytes())
    );
    let src = "const (\n\t//\t\u{8}The IP.  \t\n\tA = \"A\"\t\n)";
    assert_eq!(
        read_go_errors(src.as_bytes()).unwrap().codes,
        vec![code("A", Some("The IP."), 3)]
    );
}

#[test]
fn several_comment_lines_join_with_one_space() {
    let src = "const (\n\t// 第一行\n\t//\n\t// second line\n\tA = \"A\"\n)\n";
    let table = read_go_errors(src.as_bytes()).unwrap();
    assert_eq!(table.codes, vec![code("A", Some("第一行 second line"), 5)]);
}

#[test]
fn trailing_comment_counts_as_description() {
    let src = "const (\n\tA = \"A\" // only trailing\n\t// above\n\tB = \"B\" // and trailing\n\tC = \"C\" //\n)\n";
    let table = read_go_errors(src.as_bytes()).unwrap();
    assert_eq!(
        table.codes,
        vec![
            code("A", Some("only trailing"), 2),
            code("B", Some("above and trailing"), 4),
            code("C", None, 5),
        ]
    );
}

#[test]
fn empty_block_and_variants_of_open_and_close() {
    let src = "package x\n\nconst(\n\t// 此产品的特有错误码\n) // end\n\n// tail comment\n";
    assert_eq!(read_go_errors(src.as_bytes()).unwrap(), GoTable::default());
    let src = "const ( // codes\n\t// d\n\tA = \"A\"\n)";
    assert_eq!(read_go_errors(src.as_bytes()).unwrap().codes.len(), 1);
}

#[test]
fn not_utf8_reports_line_of_first_bad_byte() {
    let mut bytes = b"// a\npackage v1\n// ".to_vec();
    bytes.extend_from_slice(&[0xe8, 0xaf]); // truncated 3-byte sequence
    bytes.extend_from_slice(b"\nconst (\n)\n");
    assert_eq!(
        read_go_errors(&bytes),
        Err(reason_at(3, GoSdkErrorReason::NotUtf8))
    );
    assert_eq!(
        read_go_errors(&[0xff]),
        Err(reason_at(1, GoSdkErrorReason::NotUtf8))
    );
}

#[test]
fn no_const_block() {
    assert_eq!(
        err("package v1\n\nconst A = \"A\"\n"),
        reason_at(3, GoSdkErrorReason::NoConstBlock)
    );
    assert_eq!(err(""), reason_at(1, GoSdkErrorReason::NoConstBlock));
    assert_eq!(
        err("// const (\n"),
        reason_at(1, GoSdkErrorReason::NoConstBlock)
    );
}

#[test]
fn unterminated_const_block() {
    let src = "package v1\n\nconst (\n\t// d\n\tA = \"A\"\n";
    assert_eq!(
        err(src),
        reason_at(3, GoSdkErrorReason::UnterminatedConstBlock)
    );
}

#[test]
fn missing_comment() {
    let missing = |code: &str| GoSdkErrorReason::MissingComment {
        code: code.to_owned(),
    };
    // Nothing above.
    assert_eq!(err("const (\n\tA = \"A\"\n)\n"), reason_at(2, missing("A")));
    // Right after another constant.
    assert_eq!(
        err("const (\n\t// a\n\tA = \"A\"\n\tB = \"B\"\n)\n"),
        reason_at(4, missing("B"))
    );
    // A comment cut off by a blank line belongs to nothing.
    assert_eq!(
        err("const (\n\t// 说明\n\n\tA = \"A\"\n)\n"),
        reason_at(4, missing("A"))
    );
}

#[test]
fn duplicate_code() {
    let src = "const (\n\t// a\n\tA = \"A\"\n\n\t// again\n\tA2 = \"A\"\n)\n";
    assert_eq!(
        err(src),
        reason_at(
            6,
            GoSdkErrorReason::DuplicateCode {
                code: "A".to_owned(),
                first_line: 3
            }
        )
    );
}

#[test]
fn bad_code() {
    let bad = |code: &str| GoSdkErrorReason::BadCode {
        code: code.to_owned(),
    };
    assert_eq!(
        err("const (\n\t// e\n\tE = \"\"\n)\n"),
        reason_at(3, bad(""))
    );
    assert_eq!(
        err("const (\n\t// e\n\tE = \"Auth Failure\"\n)\n"),
        reason_at(3, bad("Auth Failure"))
    );
    assert_eq!(
        err("const (\n\t// e\n\tE = \"错误\"\n)\n"),
        reason_at(3, bad("错误"))
    );
}

#[test]
fn bad_lines() {
    let bad = |text: &str| GoSdkErrorReason::BadLine {
        text: text.to_owned(),
    };
    for (src, line, text) in [
        ("const (\n\tA \"A\"\n)\n", 2, "A \"A\""),
        ("const (\n\t// d\n\tA = `A`\n)\n", 3, "A = `A`"),
        ("const (\n\t// d\n\tA = \"A\n)\n", 3, "A = \"A"),
        (
            "const (\n\t// d\n\tA = \"A\\\"B\"\n)\n",
            3,
            "A = \"A\\\"B\"",
        ),
        (
            "const (\n\t// d\n\tA string = \"A\"\n)\n",
            3,
            "A string = \"A\"",
        ),
        ("const (\n\t// d\n\t1A = \"A\"\n)\n", 3, "1A = \"A\""),
        (
            "const (\n\t// d\n\tA = \"A\" junk\n)\n",
            3,
            "A = \"A\" junk",
        ),
        ("const (\n\t/* d */\n\tA = \"A\"\n)\n", 2, "/* d */"),
        ("const (\n)\nconst (\n)\n", 3, "const ("),
        ("const (\n)\n\nvar x = 1\n", 4, "var x = 1"),
    ] {
        assert_eq!(err(src), reason_at(line, bad(text)), "{src:?}");
    }
}

#[test]
fn display_starts_with_line() {
    let e = reason_at(
        7,
        GoSdkErrorReason::DuplicateCode {
            code: "A".into(),
            first_line: 3,
        },
    );
    assert_eq!(
        e.to_string(),
        "line 7: code \"A\" already declared on line 3"
    );
    assert_eq!(
        reason_at(2, GoSdkErrorReason::NotUtf8).to_string(),
        "line 2: invalid UTF-8"
    );
    let e = reason_at(4, GoSdkErrorReason::MissingComment { code: "B".into() });
    assert_eq!(e.to_string(), "line 4: code \"B\" has no comment");
}

#[test]
fn never_panics() {
    // Every prefix of the fixtures, cut at any byte (mid-character included).
    for fixture in [ZH, EN] {
        let bytes = fixture.as_bytes();
        for end in 0..=bytes.len() {
            let _ = read_go_errors(bytes.get(..end).unwrap_or_default());
        }
    }
    // Pseudo-random mixes of meaningful fragments and raw bytes.
    let fragments: [&[u8]; 12] = [
        b"const (",
        b")",
        b"\n",
        b"\r\n",
        b"\t// ",
        b"A = \"A\"",
        b"\"",
        b"//",
        b"=",
        "说明".as_bytes(),
        &[0xe8, 0xaf],
        &[0xff],
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        let mut input = Vec::new();
        for _ in 0..(seed % 24) {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let pick = usize::try_from(seed >> 60).unwrap_or(0);
            input.extend_from_slice(fragments.get(pick).copied().unwrap_or(&[b'x', 0, 0x80]));
        }
        let _ = read_go_errors(&input);
    }
}
