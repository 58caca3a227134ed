"""Compiles a data file (a textproto lexicon) into the binary.

    cc_embedded_text(
        name = "name_lexicon_data",
        src = "name_lexicon.textproto",
        function = "NameLexiconText",
    )

makes a cc_library whose header `<package>/name_lexicon_data.h` declares
`absl::string_view factcheck::NameLexiconText();`, so the default run needs no
files beside the binary.
"""

def cc_embedded_text(name, src, function, visibility = None):
    header = name + ".h"
    source = name + ".cc"
    guard = (native.package_name() + "/" + header).upper().replace("/", "_").replace(".", "_") + "_"
    native.genrule(
        name = name + "_generate",
        srcs = [src],
        outs = [header, source],
        cmd = "\n".join([
            "cat > $(location {h}) <<'EOF'",
            "// Generated from {src} by cc_embedded_text. Do not edit.",
            "#ifndef {guard}",
            "#define {guard}",
            "#include \"absl/strings/string_view.h\"",
            "namespace factcheck {{",
            "absl::string_view {function}();",
            "}}  // namespace factcheck",
            "#endif  // {guard}",
            "EOF",
            "{{",
            "  printf '// Generated from {src} by cc_embedded_text. Do not edit.\\n';",
            "  printf '#include \"{package}/{h}\"\\n';",
            "  printf 'namespace factcheck {{\\n';",
            "  printf 'absl::string_view {function}() {{\\n';",
            "  printf '  static constexpr char kText[] = R\"embedded(';",
            "  cat $(location {src});",
            "  printf ')embedded\";\\n';",
            "  printf '  return absl::string_view(kText, sizeof(kText) - 1);\\n';",
            "  printf '}}\\n}}  // namespace factcheck\\n';",
            "}} > $(location {cc})",
        ]).format(
            h = header,
            cc = source,
            src = src,
            guard = guard,
            function = function,
            package = native.package_name(),
        ),
    )
    native.cc_library(
        name = name,
        srcs = [source],
        hdrs = [header],
        deps = ["@system//:absl"],
        visibility = visibility,
    )
