"""The checker as a Bazel test: a corpus gate that `bazel test //...` runs.

In a corpus repository's BUILD.bazel:

    load("@factcheck//rules:defs.bzl", "fact_consistency_test")

    fact_consistency_test(
        name = "corpus_gate",
        srcs = glob(["articles/**"]),
        config = "factcheck.textproto",
        baseline = "baseline.textproto",
    )

The corpus is the files in `srcs`, with their paths relative to the package
(articles/a.txt), and nothing else in the package. The test passes when no finding at the gate's
threshold is missing from the baseline, fails when one is (the log names it),
and errors when the corpus cannot be checked (a bad configuration, no
readable article).

It also declares `<name>.update_baseline`, which records the current findings
of the same files in the baseline in the source tree, accepting them:

    bazel run //:corpus_gate.update_baseline
"""

_CHECKER = Label("//checker")
_RUNNER = Label("//rules:fact_consistency_test.sh")

def fact_consistency_test(
        name,
        srcs,
        config = None,
        baseline = None,
        min_severity = None,
        expect_failure = False,
        **kwargs):
    """Checks the package's corpus and fails on findings not in the baseline.

    Args:
      name: the test's name.
      srcs: the articles (.txt, .md) of the corpus, in this package.
      config: the configuration (factcheck.textproto), if any.
      baseline: known findings that do not fail the test, if any.
      min_severity: "info", "warning" or "error"; the configuration's, else warning.
      expect_failure: pass only when the gate fails (exit 1), to test a gate.
      **kwargs: passed to sh_test (tags, size, ...).
    """
    package = native.package_name() or "."
    data = [_CHECKER] + srcs
    flags = []
    if config:
        data.append(config)
        flags.append("--config=$(rootpath %s)" % config)
    if baseline:
        data.append(baseline)
        flags.append("--baseline=$(rootpath %s)" % baseline)
    if min_severity:
        flags.append("--min_severity=" + min_severity)
    corpus = ["--"] + ["$(rootpaths %s)" % src for src in srcs]
    kwargs.setdefault("size", "small")
    native.sh_test(
        name = name,
        srcs = [_RUNNER],
        args = [
            "test",
            "$(rootpath %s)" % _CHECKER,
            package,
            "expect_failure" if expect_failure else "expect_pass",
        ] + flags + corpus,
        data = data,
        **kwargs
    )
    if baseline:
        native.sh_binary(
            name = name + ".update_baseline",
            srcs = [_RUNNER],
            args = [
                "update_baseline",
                "$(rootpath %s)" % _CHECKER,
                package,
                "%s/%s" % (package, baseline),
            ] + flags + corpus,
            data = data,
            tags = kwargs.get("tags", []),
        )
