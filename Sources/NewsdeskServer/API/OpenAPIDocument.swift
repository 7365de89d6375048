/// The OpenAPI 3.1 description of the JSON API, served at /api/v1/openapi.json. A test checks that
/// every path here is served and every served path is here.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "newsdesk API",
        "version": "1.0.0",
        "description": "Read-only access to a newsdesk: stories, the briefs written about them with their verification reports, the configured sources, and full-text search over published briefs. Errors are answered as {\"error\": \"...\"} with a 4xx or 5xx status."
      },
      "servers": [{ "url": "/" }],
      "paths": {
        "/api/v1/stories": {
          "get": {
            "operationId": "listStories",
            "summary": "Stories, newest first, with their publishing status",
            "parameters": [{ "$ref": "#/components/parameters/limit" }, { "$ref": "#/components/parameters/offset" }],
            "responses": {
              "200": { "description": "A page of stories", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StoryPage" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }
            }
          }
        },
        "/api/v1/stories/{id}": {
          "get": {
            "operationId": "getStory",
            "summary": "One story with its articles and its brief",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": {
              "200": { "description": "The story", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StoryDetail" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/briefs": {
          "get": {
            "operationId": "listBriefs",
            "summary": "Briefs with their verification reports, most recently changed first",
            "parameters": [
              { "$ref": "#/components/parameters/limit" },
              { "$ref": "#/components/parameters/offset" },
              { "name": "status", "in": "query", "required": false, "schema": { "type": "string", "enum": ["published", "held", "rejected"] } }
            ],
            "responses": {
              "200": { "description": "A page of briefs", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BriefPage" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }
            }
          }
        },
        "/api/v1/briefs/{id}": {
          "get": {
            "operationId": "getBrief",
            "summary": "The brief of one story with its verification report",
            "parameters": [{ "$ref": "#/components/parameters/storyID" }],
            "responses": {
              "200": { "description": "The brief", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Brief" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/api/v1/sources": {
          "get": {
            "operationId": "listSources",
            "summary": "Configured sources and the state of their last fetch",
            "parameters": [{ "$ref": "#/components/parameters/limit" }, { "$ref": "#/components/parameters/offset" }],
            "responses": {
              "200": { "description": "A page of sources", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SourcePage" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }
            }
          }
        },
        "/api/v1/search": {
          "get": {
            "operationId": "search",
            "summary": "Published briefs that contain every word of q, best match first",
            "parameters": [
              { "name": "q", "in": "query", "required": true, "schema": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Words to search for; at most 10 are used." },
              { "$ref": "#/components/parameters/limit" },
              { "$ref": "#/components/parameters/offset" }
            ],
            "responses": {
              "200": { "description": "A page of matches", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchPage" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" }
            }
          }
        },
        "/api/v1/openapi.json": {
          "get": {
            "operationId": "openAPI",
            "summary": "This document",
            "responses": { "200": { "description": "The OpenAPI document", "content": { "application/json": { "schema": { "type": "object" } } } } }
          }
        }
      },
      "components": {
        "parameters": {
          "limit": { "name": "limit", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 } },
          "offset": { "name": "offset", "in": "query", "required": false, "schema": { "type": "integer", "minimum": 0, "maximum": 100000, "default": 0 } },
          "storyID": { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" } }
        },
        "responses": {
          "BadRequest": { "description": "A parameter is unknown, repeated or out of range", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
          "NotFound": { "description": "No such story or brief", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
        },
        "schemas": {
          "Error": { "type": "object", "required": ["error"], "properties": { "error": { "type": "string" } } },
          "Story": {
            "type": "object",
            "required": ["id", "status", "articleCount", "reasons"],
            "properties": {
              "id": { "type": "string" },
              "status": { "type": "string", "enum": ["published", "held", "rejected", "unwritten"] },
              "headline": { "type": "string" },
              "articleCount": { "type": "integer" },
              "firstSeen": { "type": "string", "format": "date-time" },
              "lastSeen": { "type": "string", "format": "date-time" },
              "verification": { "type": "string" },
              "reasons": { "type": "array", "items": { "type": "string" } }
            }
          },
          "StoryDetail": {
            "type": "object",
            "required": ["id", "status", "articleIDs"],
            "properties": {
              "id": { "type": "string" },
              "status": { "type": "string" },
              "articleIDs": { "type": "array", "items": { "type": "integer" } },
              "firstSeen": { "type": "string", "format": "date-time" },
              "lastSeen": { "type": "string", "format": "date-time" },
              "note": { "type": "string", "description": "Why the story has no brief" },
              "brief": { "$ref": "#/components/schemas/Brief" }
            }
          },
          "Brief": {
            "type": "object",
            "required": ["storyID", "status", "version", "reasons", "updated", "brief", "report"],
            "properties": {
              "storyID": { "type": "string" },
              "status": { "type": "string", "enum": ["published", "held", "rejected"] },
              "version": { "type": "integer", "minimum": 1 },
              "reasons": { "type": "array", "items": { "type": "string" }, "description": "Why a held brief is held" },
              "updated": { "type": "string", "format": "date-time" },
              "brief": { "type": "object", "description": "Headline, lead, sections of cited sentences, sources, corrections" },
              "report": { "$ref": "#/components/schemas/VerificationReport" }
            }
          },
          "VerificationReport": {
            "type": "object",
            "required": ["verdicts", "sourceCount"],
            "properties": {
              "sourceCount": { "type": "integer" },
              "verdicts": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["sentence", "status"],
                  "properties": {
                    "sentence": { "type": "string" },
                    "status": { "type": "string", "enum": ["supported", "unsupported", "contradicted"] },
                    "reasons": { "type": "array", "items": { "type": "string" } },
                    "evidence": { "type": "array", "items": { "type": "object", "properties": { "sourceNumber": { "type": "integer" }, "text": { "type": "string" } } } }
                  }
                }
              }
            }
          },
          "Source": {
            "type": "object",
            "required": ["id", "url", "articleCount"],
            "properties": {
              "id": { "type": "integer" },
              "url": { "type": "string" },
              "title": { "type": "string" },
              "category": { "type": "string" },
              "articleCount": { "type": "integer" },
              "lastFetched": { "type": "string", "format": "date-time" },
              "lastError": { "type": "string" },
              "notBefore": { "type": "string", "format": "date-time" }
            }
          },
          "SearchHit": {
            "type": "object",
            "required": ["storyID", "headline", "snippet"],
            "properties": {
              "storyID": { "type": "string" },
              "headline": { "type": "string" },
              "snippet": { "type": "string", "description": "Matched words are wrapped in « and »" }
            }
          },
          "StoryPage": { "$ref": "#/components/schemas/Page", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Story" } } } },
          "BriefPage": { "$ref": "#/components/schemas/Page", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Brief" } } } },
          "SourcePage": { "$ref": "#/components/schemas/Page", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Source" } } } },
          "SearchPage": { "$ref": "#/components/schemas/Page", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/SearchHit" } } } },
          "Page": {
            "type": "object",
            "required": ["total", "limit", "offset", "items"],
            "properties": {
              "total": { "type": "integer" },
              "limit": { "type": "integer" },
              "offset": { "type": "integer" },
              "items": { "type": "array" }
            }
          }
        }
      }
    }
    """#
}
