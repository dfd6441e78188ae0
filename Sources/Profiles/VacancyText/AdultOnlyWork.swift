/// Work the labour code of Kazakhstan bars under-18s from (underground, hazardous and night work): a
/// vacancy whose text names it, or asks for a skill used only in it, is for adults.
enum AdultOnlyWork {
    /// Skills used only in such work: underground mining and blasting, smelting and pouring metal,
    /// welding and gas cutting, high voltage, heights and confined spaces, cranes, heavy vehicles,
    /// well drilling.
    static let skills: Set<String> = [
        "underground-drilling", "drill-rig-operation", "blasting-safety", "explosive-charging", "mine-ventilation",
        "ground-support", "shotcrete", "mine-tunnelling", "underground-loader", "mine-locomotive", "haul-truck-operation",
        "underground-mining-methods", "mine-backfill", "mine-rescue", "mine-gas-monitoring", "mine-hoisting", "mining-electrical",
        "ore-smelting", "ferroalloy-production", "steelmaking", "blast-furnace", "metal-casting", "continuous-casting",
        "aluminium-electrolysis", "furnace-refractory",
        "mma-welding", "mig-mag-welding", "tig-welding", "gas-welding", "gas-cutting", "plasma-cutting", "pipe-welding",
        "high-voltage", "substation-operation", "overhead-lines", "work-at-height", "confined-space",
        "crane-operation", "slinging-rigging", "driving-licence-c", "driving-licence-d", "locomotive-operation",
        "well-drilling", "well-workover", "oil-gas-safety", "tyre-curing",
    ]
}
