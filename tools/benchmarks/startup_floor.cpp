// The least a window can cost.
//   startup_floor           initialise SDL the way declic does headless, open the
//                           window and renderer, present one frame, quit (start-up floor)
//   startup_floor --idle    open a window on the current display and wait for
//                           events until closed (idle CPU and memory floor)
#include <SDL.h>

#include <cstring>

int main(int argc, char** argv) {
  const bool idle = argc > 1 && std::strcmp(argv[1], "--idle") == 0;
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
  SDL_RenderPresent(renderer);
  SDL_Event event;
  while (idle && SDL_WaitEvent(&event))
    if (event.type == SDL_QUIT) break;
  SDL_DestroyRenderer(renderer);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
