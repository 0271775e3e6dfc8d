import Foundation
import Gazetteer
@testable import MapJobs
import Testing

/// The gazetteer ships with the other data and is found as it is.
@Test func theShippedGazetteerIsFoundAndAgreesWithTheNanningTable() throws {
    let path = try #require(ProjectFiles.gazetteerPath())
    let gazetteer = try Gazetteer(path: path, countryNames: try ProjectFiles.countryNames())
    let network = try DataOptions().network()
    let hub = network.hub
    let place = try #require(try gazetteer.resolve(names: Array(hub.names.values), country: hub.iso2).place)
    #expect(place.countryCode == hub.iso2 && place.continent == hub.continent)
    #expect(abs(place.latitude - hub.lat) < 0.2 && abs(place.longitude - hub.lon) < 0.2)
    #expect(gazetteer.country(hub.country) == hub.iso2)
}
