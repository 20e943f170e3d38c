import XCTest
@testable import Tern

/// The cycle collector on object graphs built by hand (no script runs): what is garbage, what
/// survives and where it goes, and the GC-stress check's detection of a missing incref.
final class CycleCollectorTests: XCTestCase {
    var vm: Interpreter!
    var heap: Heap { vm.heap }

    override func setUp() {
        vm = Interpreter()
        heap.collector.isEnabled = false
        heap.updateCollectionTrigger()
    }

    override func tearDown() {
        vm.shutdown()
        vm = nil
    }

    /// A new empty list (owned by the caller).
    func newList() -> ListObject { vm.makeList([]).asObject(ListObject.self)! }

    /// Makes `from` hold a reference to `to`.
    func link(_ from: ListObject, _ to: HeapObject) {
        to.retain()
        from.items.append(to.asValue)
    }

    func generation(of object: HeapObject) -> Int {
        Int((object.flags & ObjectFlags.listMask) >> ObjectFlags.listShift)
    }

    func testTwoObjectCycleIsCollected() {
        let before = heap.liveObjects
        let a = newList(), b = newList()
        link(a, b)
        link(b, a)
        heap.release(a)
        heap.release(b)
        XCTAssertEqual(heap.liveObjects, before + 2, "reference counting alone cannot free a cycle")
        XCTAssertEqual(heap.collect(generation: 2).collected, 2)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testSelfReferenceIsCollected() {
        let before = heap.liveObjects
        let a = newList()
        link(a, a)
        heap.release(a)
        XCTAssertEqual(heap.collect(generation: 0).collected, 1)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testCycleHeldFromOutsideSurvivesAndIsPromoted() {
        let a = newList(), b = newList()
        link(a, b)
        link(b, a)
        heap.release(b)
        XCTAssertEqual(generation(of: a), 0)
        XCTAssertEqual(heap.collect(generation: 0).collected, 0)
        XCTAssertEqual(generation(of: a), 1, "survivors of generation 0 move to generation 1")
        XCTAssertEqual(generation(of: b), 1)
        XCTAssertEqual(heap.collect(generation: 1).collected, 0)
        XCTAssertEqual(generation(of: a), 2)
        XCTAssertEqual(heap.collect(generation: 2).collected, 0)
        XCTAssertEqual(generation(of: a), 2, "generation 2's survivors stay")
        XCTAssertEqual(b.refcount, 1)
        heap.release(a)
        XCTAssertEqual(heap.collect(generation: 2).collected, 2)
    }

    func testEverythingReachableFromASurvivorSurvives() {
        // root -> x <-> y -> z, with z also pointing back at x: only root is held from outside.
        let before = heap.liveObjects
        let root = newList(), x = newList(), y = newList(), z = newList()
        link(root, x)
        link(x, y)
        link(y, x)
        link(y, z)
        link(z, x)
        for object in [x, y, z] { heap.release(object) }
        XCTAssertEqual(heap.collect(generation: 2).collected, 0)
        XCTAssertEqual(heap.liveObjects, before + 4)
        XCTAssertEqual(z.items.count, 1, "a survivor is never cleared")
        heap.release(root)
        XCTAssertEqual(heap.liveObjects, before + 3)
        XCTAssertEqual(heap.collect(generation: 2).collected, 3)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testOlderGenerationHoldsYoungerCycleAlive() {
        let old = newList()
        _ = heap.collect(generation: 0)
        _ = heap.collect(generation: 1)
        XCTAssertEqual(generation(of: old), 2)
        let a = newList(), b = newList()
        link(a, b)
        link(b, a)
        link(old, a)
        heap.release(a)
        heap.release(b)
        // Collecting generation 0 alone: the reference from generation 2 counts as external.
        XCTAssertEqual(heap.collect(generation: 0).collected, 0)
        heap.release(old.items.removeLast())
        XCTAssertEqual(heap.collect(generation: 2).collected, 2)
        heap.release(old)
    }

    func testLongRingIsCollectedWithoutNativeRecursion() {
        let before = heap.liveObjects
        let first = newList()
        var current = first
        for _ in 0..<200_000 {
            let next = newList()
            link(current, next)
            heap.release(next)
            current = next
        }
        link(current, first)
        heap.release(first)
        XCTAssertEqual(heap.collect(generation: 2).collected, 200_001)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testTupleOfAtomsIsUntrackedByACollection() {
        let tuple = vm.makeTuple([.int(1), vm.makeStr("two")])
        let object = tuple.heapObject!
        XCTAssertGreaterThanOrEqual(object.gcSlot, 0)
        _ = heap.collect(generation: 0)
        XCTAssertLessThan(object.gcSlot, 0, "a tuple of untracked items can never close a cycle")
        let holder = vm.makeTuple([vm.makeList([])])
        _ = heap.collect(generation: 0)
        XCTAssertGreaterThanOrEqual(holder.heapObject!.gcSlot, 0)
        heap.release(tuple)
        heap.release(holder)
    }

    func testStressCheckFindsAMissingIncref() {
        let a = newList(), b = newList()
        XCTAssertNil(heap.referenceCountInconsistency())
        link(a, b)
        link(a, b)
        heap.release(b)
        XCTAssertNil(heap.referenceCountInconsistency())
        // A missing incref: a holds b twice, but b counts one reference.
        b.refcount -= 1
        XCTAssertNotNil(heap.referenceCountInconsistency())
        b.refcount += 1
        XCTAssertNil(heap.referenceCountInconsistency())
        heap.release(a)
    }
}
