/** Argument types of the schema's fields, declared once beside the SDL they mirror. */

export interface PageArguments {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface NodeArguments {
  readonly id: string;
}

export interface NodesArguments {
  readonly ids: readonly string[];
}

export interface SearchArguments {
  readonly text: string;
  readonly types?: readonly string[] | null;
  readonly first?: number | null;
}

export interface EventsArguments extends PageArguments {
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface ClaimsArguments extends PageArguments {
  readonly speaker?: string | null;
  readonly about?: string | null;
  readonly kind?: string | null;
  readonly text?: string | null;
}

export interface NeighborhoodArguments {
  readonly id: string;
  readonly depth?: number | null;
  readonly limit?: number | null;
  readonly types?: readonly string[] | null;
}

export interface PathArguments {
  readonly from: string;
  readonly to: string;
  readonly maxLength?: number | null;
  readonly via?: readonly string[] | null;
}

export interface MentionsArguments {
  readonly types?: readonly string[] | null;
}
