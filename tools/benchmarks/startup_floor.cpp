// The least a window can cost.
//   startup_floor           initialise SDL the way declic does headless, open the
//                           window and renderer, present one frame, quit (start-up floor)
//   startup_floor --idle    open a window on the current display and wait for
//                           events until closed (idle CPU and memory floor)
//   startup_floor --idle --draw   the same, drawing one blended texture and one
//                           filled rectangle: what any drawing costs in the
//                           driver (llvmpipe compiles its shaders on first use)
#include <SDL.h>

#include <cstring>

int main(int argc, char** argv) {
  const bool idle = argc > 1 && std::strcmp(argv[1], "--idle") == 0;
  const bool draw = idle && argc > 2 && std::strcmp(argv[2], "--draw") == 0;
  if (!idle) {
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  }
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return 1;
  SDL_Window* window = SDL_CreateWindow("floor", 0, 0, idle ? 1280 : 1920, idle ? 720 : 1080,
                                        SDL_WINDOW_ALLOW_HIGHDPI | (idle ? SDL_WINDOW_RESIZABLE : 0));
  SDL_Renderer* renderer =
      window ? SDL_CreateRenderer(window, -1, idle ? SDL_RENDERER_ACCELERATED : SDL_RENDERER_SOFTWARE) : nullptr;
  if (!renderer) return 1;
  SDL_SetRenderDrawColor(renderer, 251, 247, 240, 255);
  SDL_RenderClear(renderer);
  if (draw) {
    SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, 64, 64);
    if (!texture) return 1;
    static Uint32 pixels[64 * 64];
    for (int i = 0; i < 64 * 64; ++i) pixels[i] = (i % 7 == 0) ? 0x800B5D6Bu : 0xFF1F2933u;
    SDL_UpdateTexture(texture, nullptr, pixels, 64 * 4);
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    const SDL_Rect where{100, 100, 64, 64}, box{200, 100, 300, 120};
    SDL_RenderCopy(renderer, texture, nullptr, &where);
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, 11, 93, 107, 200);
    SDL_RenderFillRect(renderer, &box);
  }
  SDL_RenderPresent(renderer);
  SDL_Event event;
  while (idle && SDL_WaitEvent(&event))
    if (event.type == SDL_QUIT) break;
  SDL_DestroyRenderer(renderer);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
