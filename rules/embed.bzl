"""A data file (a lexicon, a list of rules) and its schema, compiled in.

    textproto_data_library(
        name = "name_lexicon",
        message = "NameLexicon",
        function = "DefaultNameLexicon",
    )

reads name_lexicon.proto (the schema, one message) and name_lexicon.textproto
(the data) and declares :name_lexicon_proto, :name_lexicon_cc_proto and
:name_lexicon_data, a cc_library whose header name_lexicon_data.h declares
`const factcheck::NameLexicon& factcheck::DefaultNameLexicon();`, so the
default run needs no files beside the binary. protoc checks the data against
its message at build time: a mistake in the file fails the build, not a run.
"""

def textproto_data_library(name, message, function, visibility = None):
    proto = name + ".proto"
    src = name + ".textproto"
    cc_proto = ":" + name + "_cc_proto"
    native.proto_library(
        name = name + "_proto",
        srcs = [proto],
        visibility = visibility,
    )
    native.cc_proto_library(
        name = name + "_cc_proto",
        deps = [":" + name + "_proto"],
        visibility = visibility,
    )
    header = name + "_data.h"
    source = name + "_data.cc"
    package = native.package_name()
    proto_header = package + "/" + proto.replace(".proto", ".pb.h")
    guard = (package + "/" + header).upper().replace("/", "_").replace(".", "_") + "_"
    native.genrule(
        name = name + "_data_generate",
        srcs = [src, proto],
        outs = [header, source],
        tools = ["@com_google_protobuf//:protoc"],
        cmd = "\n".join([
            "$(location @com_google_protobuf//:protoc) --proto_path=. " +
            "--encode=factcheck.{message} $(location {proto}) < $(location {src}) > /dev/null",
            "cat > $(location {h}) <<'EOF'",
            "// Generated from {src} by cc_textproto_data. Do not edit.",
            "#ifndef {guard}",
            "#define {guard}",
            "#include \"{proto_header}\"",
            "namespace factcheck {{",
            "// The {message} in {package}/{src}, compiled into the binary.",
            "const {message}& {function}();",
            "}}  // namespace factcheck",
            "#endif  // {guard}",
            "EOF",
            "{{",
            "  printf '// Generated from {src} by cc_textproto_data. Do not edit.\\n';",
            "  printf '#include \"{package}/{h}\"\\n';",
            "  printf '#include \"google/protobuf/text_format.h\"\\n';",
            "  printf 'namespace factcheck {{\\n';",
            "  printf 'const {message}& {function}() {{\\n';",
            "  printf '  static const {message}* message = [] {{\\n';",
            "  printf '    static constexpr char kText[] = R\"embedded(';",
            "  cat $(location {src});",
            "  printf ')embedded\";\\n';",
            "  printf '    auto* parsed = new {message}();\\n';",
            "  printf '    // protoc checked the text at build time, so it parses.\\n';",
            "  printf '    google::protobuf::TextFormat::ParseFromString(kText, parsed);\\n';",
            "  printf '    return parsed;\\n';",
            "  printf '  }}();\\n';",
            "  printf '  return *message;\\n';",
            "  printf '}}\\n}}  // namespace factcheck\\n';",
            "}} > $(location {cc})",
        ]).format(
            h = header,
            cc = source,
            src = src,
            proto = proto,
            proto_header = proto_header,
            guard = guard,
            message = message,
            function = function,
            package = package,
        ),
    )
    native.cc_library(
        name = name + "_data",
        srcs = [source],
        hdrs = [header],
        deps = [cc_proto, "@com_google_protobuf//:protobuf"],
        visibility = visibility,
    )
