"""A repository of the system (Debian) libraries the project links.

Headers are in /usr/include, so each library is a cc_library with only
linkopts. Abseil's link line comes from pkg-config because Debian splits
Abseil into dozens of -labsl_* libraries whose order matters.
"""

# The Abseil components the project uses, as pkg-config module names.
_ABSL_MODULES = [
    "absl_flags_parse",
    "absl_flags_usage",
    "absl_flat_hash_map",
    "absl_flat_hash_set",
    "absl_status",
    "absl_statusor",
    "absl_str_format",
    "absl_strings",
    "absl_time",
]

# Libraries with a single, stable link flag.
_PLAIN_LIBRARIES = {
    "benchmark": ["-lbenchmark", "-lpthread"],
    "benchmark_main": ["-lbenchmark_main", "-lbenchmark", "-lpthread"],
    "gtest": ["-lgmock", "-lgtest", "-lpthread"],
    "gtest_main": ["-lgmock", "-lgtest_main", "-lgtest", "-lpthread"],
    # TCMalloc (gperftools), the allocator of the checker binary: millions
    # of small claims allocated on several threads.
    "tcmalloc": ["-ltcmalloc_minimal"],
}

def _library(name, linkopts):
    return "cc_library(\n    name = \"{}\",\n    linkopts = {},\n)\n".format(name, repr(linkopts))

def _system_libraries_impl(ctx):
    result = ctx.execute(["pkg-config", "--libs"] + _ABSL_MODULES)
    if result.return_code != 0:
        fail("pkg-config cannot find Abseil (install libabsl-dev and pkg-config, " +
             "or run ./bazelw which installs them): " + result.stderr)
    absl_linkopts = result.stdout.strip().split(" ")

    build = ["package(default_visibility = [\"//visibility:public\"])\n"]
    build.append(_library("absl", absl_linkopts))

    # Boost.Graph's adjacency_list and connected_components are header-only.
    build.append(_library("boost_graph", []))
    for name, linkopts in sorted(_PLAIN_LIBRARIES.items()):
        build.append(_library(name, linkopts))
    ctx.file("WORKSPACE", "workspace(name = \"{}\")\n".format(ctx.name))
    ctx.file("BUILD.bazel", "\n".join(build))

system_libraries = repository_rule(
    implementation = _system_libraries_impl,
    local = True,
)
