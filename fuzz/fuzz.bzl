"""fuzz_target: a libFuzzer target and a test that replays its seed corpus."""

def fuzz_target(name, srcs, deps, corpus, local_defines = []):
    """Declares a fuzz target in three parts.

    NAME_lib holds LLVMFuzzerTestOneInput; NAME is the libFuzzer binary,
    built with --config=fuzz (clang) and never by //...; NAME_test runs
    every input of `corpus` through the target in each ordinary build, so
    the seeds and any crash once found stay checked.

    Args:
      name: the fuzzer's name.
      srcs: the source that defines LLVMFuzzerTestOneInput.
      deps: what it calls.
      corpus: the folder of seed inputs, beside the BUILD file.
      local_defines: passed to the library, to pick what it fuzzes.
    """
    native.cc_library(
        name = name + "_lib",
        testonly = True,
        srcs = srcs,
        deps = deps,
        local_defines = local_defines,
        alwayslink = True,
    )
    native.cc_binary(
        name = name,
        testonly = True,
        linkopts = ["-fsanitize=fuzzer"],
        tags = ["manual"],
        deps = [":" + name + "_lib"],
    )
    native.cc_test(
        name = name + "_test",
        size = "small",
        args = [native.package_name() + "/" + corpus],
        data = native.glob([corpus + "/**"]),
        deps = [
            ":" + name + "_lib",
            "//fuzz:replay_main",
        ],
    )
