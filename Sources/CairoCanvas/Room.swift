// CairoCanvas room
