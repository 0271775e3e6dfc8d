/// The HTTP API of `partnermap serve` as OpenAPI 3.0, served at /openapi.yaml and kept as
/// docs/openapi.yaml (a test checks they agree).
enum OpenAPIDocument {
    static let yaml = """
        openapi: 3.0.3
        info:
          title: partnermap editor
          version: 0.1.0
          description: >-
            The local table editor of `partnermap serve`. Every request needs a Host of localhost,
            127.0.0.1 or [::1]; changes (PUT /api/table, POST /api/save) also need the page's Origin
            and its session token in X-Session-Token. Bodies are limited to 8 MiB, renders to
            4096x4096 pixels, and renders to 2 at once with 32 waiting (then 503 with Retry-After).
        paths:
          /:
            get:
              summary: The editor page
              responses:
                '200': {description: The page, content: {text/html: {}}}
          /api/table:
            get:
              summary: The table as rows
              responses:
                '200': {description: The table, content: {application/json: {schema: {$ref: '#/components/schemas/Table'}}}}
            put:
              summary: Replace the table (checked as partnermap validate checks it; saved with POST /api/save)
              parameters: [{$ref: '#/components/parameters/Token'}]
              requestBody:
                required: true
                content:
                  text/csv: {schema: {type: string}}
                  application/json: {schema: {$ref: '#/components/schemas/Grid'}}
              responses:
                '200': {description: The table, content: {application/json: {schema: {$ref: '#/components/schemas/Table'}}}}
                '403': {description: Not from the editor's page (Origin or token)}
                '413': {description: Body too large}
                '422': {description: Errors on cells, content: {application/json: {schema: {$ref: '#/components/schemas/CellErrors'}}}}
          /api/save:
            post:
              summary: Write the table back to its file, atomically
              parameters:
                - {$ref: '#/components/parameters/Token'}
                - {name: force, in: query, schema: {type: string, enum: ['1']}, description: Overwrite a file changed on disk}
              responses:
                '200': {description: Saved, content: {application/json: {schema: {$ref: '#/components/schemas/Table'}}}}
                '403': {description: Not from the editor's page (Origin or token)}
                '409': {description: The file changed on disk since it was loaded, or there is no file (the shipped table)}
          /api/render:
            post:
              summary: Render the table in memory
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      description: >-
                        Any option of the product by its long name (as partnermap render, poster or frames --help
                        lists them; GET /api/options?product=… gives the list), plus product and format. A map comes
                        as png (the default), pdf, svg, html or geojson; a poster as pdf (the default), png or svg;
                        frames as a zip of the frames folder (every frame, frames.json and layout.json); a video as
                        mp4 (the default), webm or gif, which needs ffmpeg on the server.
                      properties:
                        product: {type: string, enum: [map, poster, frames, video], default: map}
                        format: {type: string, enum: [png, pdf, svg, html, geojson, zip, mp4, webm, gif]}
                      additionalProperties: true
              responses:
                '200':
                  description: The file
                  content: {image/png: {}, application/pdf: {}, image/svg+xml: {}, text/html: {}, application/geo+json: {}, application/zip: {}, video/mp4: {}, video/webm: {}, image/gif: {}}
                '422': {description: A bad option, too many pixels or frames, or no ffmpeg for a video}
                '503': {description: Too many renders at once}
          /api/geocode:
            get:
              summary: Places of the offline gazetteer (GeoNames) by name
              parameters:
                - {name: q, in: query, required: true, schema: {type: string}}
                - {name: country, in: query, schema: {type: string}, description: A country name or ISO code}
              responses:
                '200': {description: Candidates, content: {application/json: {schema: {type: object, properties: {candidates: {type: array, items: {type: object, additionalProperties: {type: string}}}}}}}}
          /api/options:
            get:
              summary: Every option of a product (key, help, kind, choices, default), from which the page makes its panel
              parameters:
                - {name: product, in: query, schema: {type: string, enum: [map, poster, frames, video], default: map}}
              responses:
                '200': {description: The options, content: {application/json: {}}}
          /openapi.yaml:
            get:
              summary: This document
              responses:
                '200': {description: OpenAPI 3 YAML}
        components:
          parameters:
            Token: {name: X-Session-Token, in: header, required: true, schema: {type: string}}
          schemas:
            Grid:
              type: object
              properties:
                columns: {type: array, items: {type: string}}
                rows: {type: array, items: {type: array, items: {type: string}}}
            Table:
              allOf:
                - {$ref: '#/components/schemas/Grid'}
                - type: object
                  properties:
                    file: {type: string}
                    saved: {type: boolean, description: Whether the table has a file to save to}
                    changedOnDisk: {type: boolean}
            CellErrors:
              type: object
              properties:
                errors:
                  type: array
                  items:
                    type: object
                    properties:
                      row: {type: integer, description: 0-based row; -1 is the header}
                      column: {type: string}
                      line: {type: integer}
                      message: {type: string}

        """
}
