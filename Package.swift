// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tern",
    products: [
        .library(name: "Tern", targets: ["Tern"]),
        .executable(name: "tern", targets: ["tern"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "Tern",
            dependencies: ["CTernSupport", .product(name: "BigInt", package: "BigInt")]
        ),
        .target(name: "CTernSupport"),
        // libedit for the console's line editing. Without its headers the shim compiles to
        // stubs and the console reads plain lines; pkg-config supplies -ledit when it is there.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Release builds of the command link the Swift runtime statically on Linux: no Foundation
        // or ICU shared libraries (BigInt imports Foundation) to map and relocate at start-up, so
        // resident memory stays below CPython's. The extra libraries are what Foundation's static
        // archives need and `-static-stdlib` alone does not name. Debug builds, which cannot drop
        // Foundation's unused parts, link dynamically; the library target has no flags at all.
        .executableTarget(
            name: "tern",
            dependencies: ["Tern", "CEditLine"],
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Pseudo-terminals for the console tests (calls the Glibc module does not import).
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
        .testTarget(
            name: "TernTests",
            dependencies: ["Tern", "CPseudoTerminal"],
            path: "Tests/TernTests"
        ),
    ],
    swiftLanguageModes: [.v5]
)
