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
        .executableTarget(name: "tern", dependencies: ["Tern"]),
        .testTarget(
            name: "TernTests",
            dependencies: ["Tern"],
            path: "Tests/TernTests"
        ),
    ],
    swiftLanguageModes: [.v5]
)
