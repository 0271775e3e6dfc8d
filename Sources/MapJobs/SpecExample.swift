/// The commented example `partnermap spec --example` prints.
public enum SpecExample {
    public static let text = """
    # partnermap map spec: every option of render, frames and poster in one file, so a map,
    # an animation or a poster can be made again exactly. Use it with
    #   partnermap render --spec this.yml     (or frames, or poster)
    # Options given on the command line override the values here. Relative paths are relative to
    # this file. Unknown keys and bad values are errors that name the key and its line.

    # The data
    # data: partners.csv            # the partner table (default: the Nanning table)
    # hub: nanning                  # the hub row, when the table has no single hub
    # basemap: naturalearth         # a basemap name in geodata/basemap, or a path

    # The map (all three commands)
    projection: equal-earth         # robinson, natural-earth, winkel-tripel, mollweide, equirectangular,
                                    # mercator, azimuthal-equidistant, orthographic, lambert-conformal,
                                    # albers, a PROJ string "+proj=…" or a code "EPSG:…"
    # center: 150                   # centre longitude, or "lon,lat"; default: chosen from the data
    extent: auto                    # world, auto, or a box "W,S,E,N"
    color: continent                # continent, year or relation
    theme: light                    # light, dark or print
    lang: en                        # en, zh, vi, th or zh+en
    insets: [asean]                 # asean, none, or regions "W,S,E,N" (a list for several)
    inset-position: auto            # auto, top-left, top-right, bottom-left, bottom-right
    # title: "Nanning's partner cities"
    # subtitle: "1987–2024"
    detail: auto                    # basemap detail: auto, low, medium or high
    highlight-countries: false      # tint the countries that host a partner
    gradient: false                 # shade arcs from the hub's colour to the partner's
    # layers: [sphere, graticule, land, borders, arcs, cities, inset, labels, legend, title, credits]
    # background: "#F4F2EE"         # or none for a transparent PNG
    size: 1920x1080                 # pixels, for render and frames (posters are sized by paper)
    # paper: A1                     # A0…A4, for posters (and paper-sized maps)
    # orientation: portrait         # or landscape
    # dpi: 150                      # resolution of PNG output

    render:
      output: nanning.png           # .png, .pdf or .svg
      # label-report: labels.json

    frames:
      output: frames                # a directory: frame-0001.png … and frames.json
      per-year: 12                  # frames per year; more than 1 makes new arcs grow
      hold: 24                      # extra frames of the final state
      undated: end                  # partners without a year: hide, start or end
      # from: 1987
      # to: 2024
      # video: nanning.mp4          # needs ffmpeg
      # fps: 24

    poster:
      output: poster.pdf            # .pdf, .png or .svg
      bleed: 3                      # millimetres, with crop marks (0: none)

    """
}
